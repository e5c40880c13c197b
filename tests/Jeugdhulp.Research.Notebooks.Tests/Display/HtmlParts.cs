using System.Net;
using System.Text.RegularExpressions;

namespace Jeugdhulp.Research.Notebooks.Tests.Display;

/// <summary>Just enough HTML reading for assertions: the tables of a fragment and the cell texts of a row.</summary>
public static partial class HtmlParts
{
    /// <summary>Every <c>&lt;table&gt;…&lt;/table&gt;</c> in document order (tables are not nested in our output).</summary>
    public static IReadOnlyList<string> Tables(string html) => [.. TableRegex().Matches(html).Select(m => m.Value)];

    /// <summary>The table whose caption starts with <paramref name="captionStart"/>.</summary>
    public static string Table(string html, string captionStart) =>
        Tables(html).Single(t => CaptionRegex().Match(t) is { Success: true } m && WebUtility.HtmlDecode(m.Groups[1].Value).StartsWith(captionStart, StringComparison.Ordinal));

    /// <summary>The decoded texts of the data cells (<c>td</c>) of the row headed <paramref name="rowHeader"/>.</summary>
    public static IReadOnlyList<string> Row(string table, string rowHeader)
    {
        var row = RowRegex().Matches(table).Single(m => WebUtility.HtmlDecode(m.Groups[1].Value) == rowHeader);
        return [.. CellRegex().Matches(row.Groups[2].Value).Select(c => WebUtility.HtmlDecode(c.Groups[1].Value))];
    }

    [GeneratedRegex("<table.*?</table>", RegexOptions.Singleline)]
    private static partial Regex TableRegex();

    [GeneratedRegex("<caption>(.*?)</caption>", RegexOptions.Singleline)]
    private static partial Regex CaptionRegex();

    [GeneratedRegex("<tr><th[^>]*>(.*?)</th>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowRegex();

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellRegex();
}
