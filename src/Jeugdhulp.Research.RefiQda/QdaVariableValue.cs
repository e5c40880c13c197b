using System.Globalization;
using System.Numerics;
using System.Xml;

namespace Jeugdhulp.Research.RefiQda;

/// <summary>
/// The value of one variable for a case or source. The value is stored in its canonical XML Schema lexical form
/// so that export is exact and deterministic; the factory methods build that form from typed values.
/// </summary>
public sealed record QdaVariableValue
{
    /// <summary>The variable (VariableRef targetGUID).</summary>
    public required Guid VariableGuid { get; init; }

    /// <summary>Which value element is written (TextValue, IntegerValue, ...).</summary>
    public required QdaVariableType Type { get; init; }

    /// <summary>Canonical lexical value, or null for "no value" (the schema allows an empty choice).</summary>
    public string? Value { get; init; }

    /// <summary>A text value.</summary>
    public static QdaVariableValue Text(Guid variable, string? value) =>
        new() { VariableGuid = variable, Type = QdaVariableType.Text, Value = value };

    /// <summary>A boolean value.</summary>
    public static QdaVariableValue Boolean(Guid variable, bool value) =>
        new() { VariableGuid = variable, Type = QdaVariableType.Boolean, Value = value ? "true" : "false" };

    /// <summary>An integer value (xsd:integer is unbounded, hence BigInteger).</summary>
    public static QdaVariableValue Integer(Guid variable, BigInteger value) =>
        new() { VariableGuid = variable, Type = QdaVariableType.Integer, Value = value.ToString(CultureInfo.InvariantCulture) };

    /// <summary>A decimal value (xsd:decimal; REFI-QDA calls it Float).</summary>
    public static QdaVariableValue Float(Guid variable, decimal value) =>
        new() { VariableGuid = variable, Type = QdaVariableType.Float, Value = XmlConvert.ToString(value) };

    /// <summary>A date value.</summary>
    public static QdaVariableValue Date(Guid variable, DateOnly value) =>
        new() { VariableGuid = variable, Type = QdaVariableType.Date, Value = value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };

    /// <summary>A date-time value, stored in UTC.</summary>
    public static QdaVariableValue DateTime(Guid variable, DateTimeOffset value) =>
        new() { VariableGuid = variable, Type = QdaVariableType.DateTime, Value = QdaXml.FormatDateTime(value) };

    /// <summary>
    /// Canonicalises a lexical value of the given type; returns false when it is not valid for the type,
    /// so that the reader can report it instead of writing XML that fails the schema.
    /// </summary>
    public static bool TryCanonicalize(QdaVariableType type, string value, out string canonical)
    {
        ArgumentNullException.ThrowIfNull(value);
        var v = value.Trim();
        canonical = value;
        switch (type)
        {
            case QdaVariableType.Text:
                return true;
            case QdaVariableType.Boolean:
                if (v is "true" or "1") { canonical = "true"; return true; }
                if (v is "false" or "0") { canonical = "false"; return true; }
                return false;
            case QdaVariableType.Integer:
                if (BigInteger.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i))
                {
                    canonical = i.ToString(CultureInfo.InvariantCulture);
                    return true;
                }
                return false;
            case QdaVariableType.Float:
                if (v.Length > 0 && !v.Contains('e', StringComparison.OrdinalIgnoreCase)
                    && decimal.TryParse(v, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
                {
                    canonical = XmlConvert.ToString(d);
                    return true;
                }
                return false;
            case QdaVariableType.Date:
                if (DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    canonical = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    return true;
                }
                return false;
            case QdaVariableType.DateTime:
                if (QdaXml.TryParseDateTime(v, out var dt))
                {
                    canonical = QdaXml.FormatDateTime(dt);
                    return true;
                }
                return false;
            default:
                return false;
        }
    }
}
