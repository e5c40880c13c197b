using System.Xml;
using System.Xml.Schema;

namespace Jeugdhulp.Research.RefiQda;

/// <summary>
/// Validates project.qde XML against the REFI-QDA Project.xsd, so exports can be proven schema-valid (compliance,
/// spec §6) without shipping the schema inside the library.
/// </summary>
public static class QdpxValidator
{
    /// <summary>Validates <paramref name="qdeXml"/> against the schema file at <paramref name="xsdPath"/>.</summary>
    /// <returns>Errors and warnings as "line L, column C: message"; empty when valid.</returns>
    public static IReadOnlyList<string> Validate(string qdeXml, string xsdPath)
    {
        ArgumentNullException.ThrowIfNull(qdeXml);
        ArgumentNullException.ThrowIfNull(xsdPath);
        var errors = new List<string>();
        var schemas = new XmlSchemaSet { XmlResolver = null };
        using (var xsd = XmlReader.Create(xsdPath, QdaXml.SafeReaderSettings()))
        {
            schemas.Add(null, xsd);
        }
        schemas.Compile();
        var settings = QdaXml.SafeReaderSettings();
        settings.ValidationType = ValidationType.Schema;
        settings.Schemas = schemas;
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) =>
            errors.Add($"{e.Severity} at line {e.Exception?.LineNumber}, column {e.Exception?.LinePosition}: {e.Message}");
        try
        {
            using var reader = XmlReader.Create(new StringReader(qdeXml), settings);
            while (reader.Read())
            {
            }
        }
        catch (XmlException ex)
        {
            errors.Add($"Error at line {ex.LineNumber}, column {ex.LinePosition}: {ex.Message}");
        }
        return errors;
    }
}
