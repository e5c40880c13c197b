using Jeugdhulp.Research.Display;

namespace Jeugdhulp.Research.Theory.Display;

/// <summary>
/// Names the class that makes the HTML formatters for the type it is put on. Microsoft.DotNet.Interactive.Formatting
/// (the Polyglot/Jupyter kernel) and the toolkit's own notebook runner match the attribute by this exact name, so
/// proposition results and QCA results display as tables in a notebook without this library referencing that package.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = true)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    /// <summary>The class with a public <c>CreateTypeFormatters()</c> method.</summary>
    public Type FormatterSourceType { get; } = formatterSourceType;

    /// <summary>MIME types the kernel should prefer for the type: HTML, so results show as tables.</summary>
    public string[] PreferredMimeTypes { get; set; } = [HtmlTypeFormatter.HtmlMimeType];
}

/// <summary>HTML for <see cref="PropositionView"/>.</summary>
internal sealed class PropositionViewFormatterSource : HtmlFormatterSource<PropositionView>
{
    /// <inheritdoc />
    protected override string Render(PropositionView value) => value.ToHtml();
}

/// <summary>HTML for <see cref="PropositionEvaluationView"/>.</summary>
internal sealed class PropositionEvaluationViewFormatterSource : HtmlFormatterSource<PropositionEvaluationView>
{
    /// <inheritdoc />
    protected override string Render(PropositionEvaluationView value) => value.ToHtml();
}

/// <summary>HTML for <see cref="UnitQcaResult"/>.</summary>
internal sealed class UnitQcaResultFormatterSource : HtmlFormatterSource<UnitQcaResult>
{
    /// <inheritdoc />
    protected override string Render(UnitQcaResult value) => TheoryHtml.ToHtml(value);
}
