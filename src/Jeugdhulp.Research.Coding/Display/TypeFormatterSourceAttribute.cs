namespace Jeugdhulp.Research.Coding.Display;

/// <summary>
/// Names the class that makes the HTML formatter for the type it is put on. Microsoft.DotNet.Interactive.Formatting
/// (the notebook kernel) and the headless runner match the attribute by name, so coded transcripts display as
/// highlighted text in a notebook without this library referencing that package.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = true)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    /// <summary>The class with a public <c>CreateTypeFormatters()</c> method.</summary>
    public Type FormatterSourceType { get; } = formatterSourceType;

    /// <summary>Show as HTML by default.</summary>
    public string[] PreferredMimeTypes { get; set; } = ["text/html"];
}
