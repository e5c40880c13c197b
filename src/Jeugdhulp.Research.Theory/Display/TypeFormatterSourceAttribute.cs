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

/// <summary>
/// One HTML formatter in the shape the kernel expects by convention (public <c>MimeType</c>, <c>Type</c> and a single
/// <c>bool Format(object, TextWriter)</c>), so no interface from that package is needed.
/// </summary>
internal sealed class HtmlTypeFormatter(Type type, Func<object, string> render)
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

/// <summary>Base of the formatter sources: one HTML formatter for <typeparamref name="T"/>.</summary>
internal abstract class HtmlFormatterSource<T>
{
    /// <summary>Called by the kernel the first time it displays a <typeparamref name="T"/>.</summary>
    public IEnumerable<object> CreateTypeFormatters() => [new HtmlTypeFormatter(typeof(T), o => Render((T)o))];

    /// <summary>The HTML of one value.</summary>
    protected abstract string Render(T value);
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
