namespace Jeugdhulp.Research.Display;

/// <summary>
/// Names the class that makes HTML formatters for the type it is put on. Microsoft.DotNet.Interactive.Formatting (the
/// Polyglot/Jupyter kernel) recognises an attribute by this exact name without the core library referencing that
/// package, so tables and codebooks display richly in a notebook while the library stays dependency-free.
/// </summary>
/// <remarks>
/// The convention the package applies: the attribute's public <see cref="FormatterSourceType"/> is instantiated with
/// its public parameterless constructor; its public <c>CreateTypeFormatters()</c> returns objects with a public
/// <c>MimeType</c> (string), optional <c>Type</c> and exactly one public <c>bool Format(object, TextWriter)</c>;
/// <see cref="PreferredMimeTypes"/> tells the kernel which MIME type to show by default.
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = true)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    /// <summary>The class with a public <c>CreateTypeFormatters()</c> method.</summary>
    public Type FormatterSourceType { get; } = formatterSourceType;

    /// <summary>MIME types the kernel should prefer for the type: HTML, so tables show as tables.</summary>
    public string[] PreferredMimeTypes { get; set; } = [HtmlTypeFormatter.HtmlMimeType];
}
