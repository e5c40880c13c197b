using System.Globalization;
using System.Net;

namespace Jeugdhulp.Research.Notebooks.Tests.Runner
{
    /// <summary>
    /// A value with an HTML formatter registered the way .NET Interactive discovers them by convention: an attribute
    /// that is merely *named* TypeFormatterSourceAttribute, and a source without any interface.
    /// </summary>
    [Convention.TypeFormatterSource(typeof(FixtureScoreFormatterSource))]
    public sealed record FixtureScore(string Case, double Share)
    {
        public override string ToString() => $"{Case}: {(Share * 100).ToString("0", CultureInfo.InvariantCulture)}%";
    }

    internal sealed class FixtureScoreFormatterSource
    {
        public IEnumerable<object> CreateTypeFormatters() => [new FixtureScoreHtmlFormatter()];
    }

    internal sealed class FixtureScoreHtmlFormatter
    {
        public string MimeType => "text/html";

        public bool Format(object instance, TextWriter writer)
        {
            if (instance is not FixtureScore score) return false;
            writer.Write($"<b class=\"score\">{WebUtility.HtmlEncode(score.Case)}</b> {(score.Share * 100).ToString("0", CultureInfo.InvariantCulture)}%");
            return true;
        }
    }

    /// <summary>A value formatted through the real Microsoft.DotNet.Interactive.Formatting interfaces and attribute.</summary>
    [Microsoft.DotNet.Interactive.Formatting.TypeFormatterSource(typeof(InteractiveBadgeSource))]
    public sealed record InteractiveBadge(string Label);

    internal sealed class InteractiveBadgeSource : Microsoft.DotNet.Interactive.Formatting.ITypeFormatterSource
    {
        public IEnumerable<Microsoft.DotNet.Interactive.Formatting.ITypeFormatter> CreateTypeFormatters() =>
            [new Microsoft.DotNet.Interactive.Formatting.HtmlFormatter<InteractiveBadge>((badge, context) =>
                context.Writer.Write($"<span class=\"badge\">{WebUtility.HtmlEncode(badge.Label)}</span>"))];
    }
}

namespace Jeugdhulp.Research.Notebooks.Tests.Runner.Convention
{
    /// <summary>Same name as .NET Interactive's attribute, different namespace: discovery must match by name.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct)]
    public sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
    {
        public Type FormatterSourceType { get; } = formatterSourceType;
    }
}
