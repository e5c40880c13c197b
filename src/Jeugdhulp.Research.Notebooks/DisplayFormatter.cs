using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;

namespace Jeugdhulp.Research.Notebooks;

/// <summary>
/// Turns a value into notebook output data (MIME type to text) the way .NET Interactive would for the toolkit's
/// types: an HTML formatter found through a <c>[TypeFormatterSource]</c> attribute, discovered by reflection and
/// matched by the attribute's name (Microsoft.DotNet.Interactive.Formatting's own convention), so types need not
/// reference that deprecated package and the runner does not either; plain text otherwise.
/// </summary>
internal static class DisplayFormatter
{
    public const string Html = "text/html";
    public const string PlainText = "text/plain";
    private const int MaxItems = 20;

    private static readonly ConcurrentDictionary<Type, IReadOnlyList<SourceFormatter>> s_formatters = new();

    /// <summary>The data of a display_data or execute_result output; null when nothing should be shown.</summary>
    public static SortedDictionary<string, string> Format(object? value, IReadOnlyCollection<string>? mimeTypes = null)
    {
        var data = new SortedDictionary<string, string>(StringComparer.Ordinal);
        bool Wanted(string mime) => mimeTypes is null || mimeTypes.Count == 0 || mimeTypes.Contains(mime);
        if (value is not null && !IsPlainByNature(value))
        {
            foreach (var formatter in FormattersFor(value.GetType()))
            {
                if (data.ContainsKey(formatter.MimeType) || !Wanted(formatter.MimeType)) continue;
                if (formatter.TryFormat(value) is { } text) data[formatter.MimeType] = text;
            }
        }
        if (Wanted(PlainText) && !data.ContainsKey(PlainText)) data[PlainText] = ToPlainText(value);
        return data;
    }

    /// <summary>Plain text: strings as they are, numbers and dates culture-invariant, sequences as "[ a, b ]", else ToString().</summary>
    public static string ToPlainText(object? value) => value switch
    {
        null => "<null>",
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable sequence when value.GetType().GetMethod("ToString", Type.EmptyTypes)?.DeclaringType is { } declaring && (declaring == typeof(object) || declaring == typeof(ValueType)) => Sequence(sequence),
        _ => value.ToString() ?? "",
    };

    private static string Sequence(IEnumerable sequence)
    {
        var items = new List<string>();
        var more = false;
        foreach (var item in sequence)
        {
            if (items.Count == MaxItems) { more = true; break; }
            items.Add(ToPlainText(item));
        }
        return items.Count == 0 ? "[ ]" : $"[ {string.Join(", ", items)}{(more ? ", ..." : "")} ]";
    }

    private static bool IsPlainByNature(object value) => value is string || value.GetType().IsPrimitive || value is decimal;

    private static IReadOnlyList<SourceFormatter> FormattersFor(Type type) => s_formatters.GetOrAdd(type, Discover);

    private static IReadOnlyList<SourceFormatter> Discover(Type type)
    {
        var found = new List<SourceFormatter>();
        object[] attributes;
        try { attributes = type.GetCustomAttributes(inherit: true); }
        catch (Exception e) when (e is TypeLoadException or FileNotFoundException or CustomAttributeFormatException) { return found; }
        foreach (var attribute in attributes.Where(a => a.GetType().Name == "TypeFormatterSourceAttribute"))
        {
            if (attribute.GetType().GetProperty("FormatterSourceType")?.GetValue(attribute) is not Type sourceType) continue;
            var source = Activator.CreateInstance(sourceType, nonPublic: true);
            var create = sourceType.GetMethod("CreateTypeFormatters", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes)
                ?? sourceType.GetInterfaces().Select(i => i.GetMethod("CreateTypeFormatters", Type.EmptyTypes)).FirstOrDefault(m => m is not null);
            if (create?.Invoke(source, null) is not IEnumerable formatters) continue;
            foreach (var formatter in formatters)
                if (formatter is not null && SourceFormatter.TryCreate(formatter, type) is { } f) found.Add(f);
        }
        return found;
    }

    /// <summary>One formatter object from a formatter source: a MimeType property and a Format/FormatTo method.</summary>
    private sealed class SourceFormatter
    {
        private readonly object _formatter;
        private readonly MethodInfo _method;
        private readonly ConstructorInfo? _contextConstructor;
        private readonly Type? _formattedType;

        private SourceFormatter(object formatter, string mimeType, MethodInfo method, ConstructorInfo? contextConstructor, Type? formattedType)
        {
            _formatter = formatter;
            MimeType = mimeType;
            _method = method;
            _contextConstructor = contextConstructor;
            _formattedType = formattedType;
        }

        public string MimeType { get; }

        public static SourceFormatter? TryCreate(object formatter, Type forType)
        {
            var type = formatter.GetType();
            if (GetProperty(formatter, "MimeType") is not string mimeType) return null;
            var formattedType = GetProperty(formatter, "Type") as Type;
            foreach (var method in AllMethods(type).Where(m => m.Name is "Format" or "FormatTo"))
            {
                var parameters = method.GetParameters();
                if (parameters.Length != 2 || !parameters[0].ParameterType.IsAssignableFrom(forType)) continue;
                var second = parameters[1].ParameterType;
                if (second.IsAssignableFrom(typeof(StringWriter))) return new SourceFormatter(formatter, mimeType, method, null, formattedType);
                // Microsoft.DotNet.Interactive.Formatting's FormatContext wraps the writer.
                var constructor = second.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                    .FirstOrDefault(c => c.GetParameters() is [var p] && p.ParameterType.IsAssignableFrom(typeof(StringWriter)));
                if (constructor is not null) return new SourceFormatter(formatter, mimeType, method, constructor, formattedType);
            }
            return null;
        }

        public string? TryFormat(object value)
        {
            if (_formattedType is not null && !_formattedType.IsInstanceOfType(value)) return null;
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            var context = _contextConstructor?.Invoke([writer]);
            object? result;
            try { result = _method.Invoke(_formatter, [value, context ?? writer]); }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw new InvalidOperationException($"The {MimeType} formatter of {value.GetType()} failed: {e.InnerException.Message}", e.InnerException);
            }
            finally { (context as IDisposable)?.Dispose(); }
            return result is false ? null : writer.ToString();
        }

        private static IEnumerable<MethodInfo> AllMethods(Type type)
            => type.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Concat(type.GetInterfaces().SelectMany(i => i.GetMethods()));

        private static object? GetProperty(object target, string name)
            => target.GetType().GetProperty(name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)?.GetValue(target)
               ?? target.GetType().GetInterfaces().Select(i => i.GetProperty(name)).FirstOrDefault(p => p is not null)?.GetValue(target);
    }
}
