using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Jeugdhulp.Research.Notebooks;

/// <summary>
/// Writes JSON exactly as VS Code's ipynb serializer does (<c>JSON.stringify(sorted, undefined, " ") + "\n"</c>):
/// keys sorted by UTF-16 code unit, one-space indent, only the characters JSON.stringify escapes are escaped,
/// and a trailing newline. A notebook saved by the runner therefore diffs cleanly against one saved by VS Code.
/// </summary>
internal static class NotebookJson
{
    public static string Write(JsonNode? node)
    {
        var builder = new StringBuilder();
        WriteNode(builder, node, 0);
        builder.Append('\n');
        return builder.ToString();
    }

    private static void WriteNode(StringBuilder b, JsonNode? node, int depth)
    {
        switch (node)
        {
            case null:
                b.Append("null");
                break;
            case JsonObject obj:
                if (obj.Count == 0) { b.Append("{}"); break; }
                b.Append("{\n");
                var first = true;
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (!first) b.Append(",\n");
                    first = false;
                    b.Append(' ', depth + 1);
                    WriteString(b, key);
                    b.Append(": ");
                    WriteNode(b, value, depth + 1);
                }
                b.Append('\n').Append(' ', depth).Append('}');
                break;
            case JsonArray array:
                if (array.Count == 0) { b.Append("[]"); break; }
                b.Append("[\n");
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0) b.Append(",\n");
                    b.Append(' ', depth + 1);
                    WriteNode(b, array[i], depth + 1);
                }
                b.Append('\n').Append(' ', depth).Append(']');
                break;
            case JsonValue value:
                WriteValue(b, value);
                break;
        }
    }

    private static void WriteValue(StringBuilder b, JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                WriteString(b, value.GetValue<string>());
                break;
            case JsonValueKind.True:
                b.Append("true");
                break;
            case JsonValueKind.False:
                b.Append("false");
                break;
            case JsonValueKind.Null:
                b.Append("null");
                break;
            case JsonValueKind.Number:
                b.Append(NumberText(value));
                break;
            default:
                b.Append(value.ToJsonString());
                break;
        }
    }

    // JSON.stringify prints integral doubles without a fraction (1.0 -> 1); keep that so round trips match VS Code.
    private static string NumberText(JsonValue value)
    {
        var raw = value.ToJsonString();
        if (long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)) return raw;
        if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
        {
            if (d == Math.Floor(d) && Math.Abs(d) < 1e21) return d.ToString("0", CultureInfo.InvariantCulture);
            return d.ToString("R", CultureInfo.InvariantCulture);
        }
        return raw;
    }

    private static void WriteString(StringBuilder b, string s)
    {
        b.Append('"');
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '"': b.Append("\\\""); break;
                case '\\': b.Append("\\\\"); break;
                case '\b': b.Append("\\b"); break;
                case '\f': b.Append("\\f"); break;
                case '\n': b.Append("\\n"); break;
                case '\r': b.Append("\\r"); break;
                case '\t': b.Append("\\t"); break;
                default:
                    if (c < 0x20) b.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { b.Append(c).Append(s[i + 1]); i++; }
                    else if (char.IsSurrogate(c)) b.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else b.Append(c);
                    break;
            }
        }
        b.Append('"');
    }

    /// <summary>Splits text into nbformat's list of lines, as VS Code's <c>splitMultilineString</c> does.</summary>
    public static JsonArray Lines(string text)
    {
        var array = new JsonArray();
        if (text.Length == 0) return array;
        var parts = text.Split('\n');
        for (var i = 0; i < parts.Length; i++)
        {
            var line = i < parts.Length - 1 ? parts[i] + "\n" : parts[i];
            if (line.Length > 0) array.Add(line);
        }
        return array;
    }

    /// <summary>Reads nbformat's "multiline string": a string or a list of strings.</summary>
    public static string Text(JsonNode? node) => node switch
    {
        null => "",
        JsonArray lines => string.Concat(lines.Select(l => l is null ? "" : l is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? v.GetValue<string>() : throw new JsonException("A multiline string must be a string or a list of strings."))),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => node.ToJsonString(),
    };
}
