using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Xunit.Sdk;

namespace Jeugdhulp.Research.RefiQda.Tests.Support;

/// <summary>
/// Deep comparison of model graphs: records property by property, ImmutableArrays element-wise (their own
/// Equals compares references), reporting the path of the first difference.
/// </summary>
internal static class GraphAssert
{
    public static void Equal(object? expected, object? actual) => Compare(expected, actual, "project");

    private static void Compare(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            if (expected is not null || actual is not null) Fail(path, expected, actual);
            return;
        }
        var type = expected.GetType();
        if (type != actual.GetType())
        {
            throw new XunitException($"{path}: type {type.Name} expected, {actual.GetType().Name} found.");
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            var e = ((IEnumerable)expected).Cast<object?>().ToList();
            var a = ((IEnumerable)actual).Cast<object?>().ToList();
            if (e.Count != a.Count)
            {
                throw new XunitException($"{path}: {e.Count} elements expected, {a.Count} found.");
            }
            for (var i = 0; i < e.Count; i++) Compare(e[i], a[i], $"{path}[{i}]");
            return;
        }
        if (type.Namespace == typeof(QdaProject).Namespace && type.IsClass)
        {
            foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            {
                Compare(p.GetValue(expected), p.GetValue(actual), $"{path}.{p.Name}");
            }
            return;
        }
        if (!expected.Equals(actual)) Fail(path, expected, actual);
    }

    private static void Fail(string path, object? expected, object? actual) =>
        throw new XunitException($"{path}: expected <{expected ?? "null"}>, found <{actual ?? "null"}>.");
}
