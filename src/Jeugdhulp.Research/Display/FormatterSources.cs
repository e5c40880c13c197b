using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Data;

namespace Jeugdhulp.Research.Display;

/// <summary>
/// One HTML formatter in the shape Microsoft.DotNet.Interactive.Formatting expects by convention (public
/// <c>MimeType</c>, <c>Type</c> and a single <c>bool Format(object, TextWriter)</c>), so no interface from that
/// package is needed. Public so that every toolkit library (and a user's own types) can display in a notebook
/// through the same few lines instead of a copy of them.
/// </summary>
public sealed class HtmlTypeFormatter(Type type, Func<object, string> render)
{
    /// <summary>The MIME type of every formatter here.</summary>
    public const string HtmlMimeType = "text/html";

    /// <summary>What the formatter writes.</summary>
    public string MimeType => HtmlMimeType;

    /// <summary>The type it formats (and its subtypes).</summary>
    public Type Type => type;

    /// <summary>Writes the HTML of <paramref name="instance"/>; false when it is not of <see cref="Type"/>.</summary>
    public bool Format(object instance, TextWriter writer)
    {
        if (!type.IsInstanceOfType(instance)) return false;
        writer.Write(render(instance));
        return true;
    }
}

/// <summary>
/// Base of the formatter sources: one HTML formatter for <typeparamref name="T"/>. Put an assembly's own
/// <c>TypeFormatterSourceAttribute</c> (matched by name) on <typeparamref name="T"/>, naming a subclass of this.
/// </summary>
public abstract class HtmlFormatterSource<T>
{
    /// <summary>Called by the kernel the first time it displays a <typeparamref name="T"/>.</summary>
    public IEnumerable<object> CreateTypeFormatters() => [new HtmlTypeFormatter(typeof(T), o => Render((T)o))];

    /// <summary>The HTML of one value.</summary>
    protected abstract string Render(T value);
}

/// <summary>HTML for <see cref="ResultTable"/>.</summary>
internal sealed class ResultTableFormatterSource : HtmlFormatterSource<ResultTable>
{
    /// <inheritdoc />
    protected override string Render(ResultTable value) => HtmlDisplay.ToHtml(value);
}

/// <summary>HTML for <see cref="TableReproduction"/>.</summary>
internal sealed class TableReproductionFormatterSource : HtmlFormatterSource<TableReproduction>
{
    /// <inheritdoc />
    protected override string Render(TableReproduction value) => HtmlDisplay.ToHtml(value);
}

/// <summary>HTML for <see cref="CrossTab"/>.</summary>
internal sealed class CrossTabFormatterSource : HtmlFormatterSource<CrossTab>
{
    /// <inheritdoc />
    protected override string Render(CrossTab value) => HtmlDisplay.ToHtml(value);
}

/// <summary>HTML for <see cref="Codebook"/>.</summary>
internal sealed class CodebookFormatterSource : HtmlFormatterSource<Codebook>
{
    /// <inheritdoc />
    protected override string Render(Codebook value) => HtmlDisplay.ToHtml(value);
}

/// <summary>HTML for <see cref="CodebookEntry"/>.</summary>
internal sealed class CodebookEntryFormatterSource : HtmlFormatterSource<CodebookEntry>
{
    /// <inheritdoc />
    protected override string Render(CodebookEntry value) => HtmlDisplay.ToHtml(value);
}

/// <summary>HTML for <see cref="StudyData"/>.</summary>
internal sealed class StudyDataFormatterSource : HtmlFormatterSource<StudyData>
{
    /// <inheritdoc />
    protected override string Render(StudyData value) => HtmlDisplay.ToHtml(value);
}

/// <summary>HTML for <see cref="UnitTable"/>.</summary>
internal sealed class UnitTableFormatterSource : HtmlFormatterSource<UnitTable>
{
    /// <inheritdoc />
    protected override string Render(UnitTable value) => HtmlDisplay.ToHtml(value);
}
