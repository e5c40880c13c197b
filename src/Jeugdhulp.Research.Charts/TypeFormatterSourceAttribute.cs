namespace Jeugdhulp.Research.Charts;

/// <summary>
/// Names the class that makes the HTML formatter for a chart view. Microsoft.DotNet.Interactive.Formatting matches
/// the attribute by name, so charts display inline in a notebook without this library referencing that package.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = true)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    /// <summary>The class with a public <c>CreateTypeFormatters()</c> method.</summary>
    public Type FormatterSourceType { get; } = formatterSourceType;

    /// <summary>Show charts as HTML by default.</summary>
    public string[] PreferredMimeTypes { get; set; } = ["text/html"];
}
