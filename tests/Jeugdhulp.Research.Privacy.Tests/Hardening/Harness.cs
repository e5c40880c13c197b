using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Jeugdhulp.Research.Privacy.Tests.Hardening;

/// <summary>
/// Runs one parser call on hostile input and checks the contract every parser of the toolkit has: it returns, or it
/// throws its own typed error; never another exception, never a hang (each case runs under a timeout) and never
/// unbounded memory (the bytes allocated by the call are bounded).
/// </summary>
internal static class Harness
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>Bytes one parser call may allocate on any input the tests give it.</summary>
    public const long MaxAllocatedBytes = 512L * 1024 * 1024;

    /// <summary>Runs <paramref name="parse"/>; fails unless it returns or throws one of <paramref name="allowed"/>.</summary>
    public static void Survives(Action parse, params Type[] allowed) => Survives(Timeout, parse, allowed);

    /// <summary>As <see cref="Survives(Action, Type[])"/> with another time limit.</summary>
    public static void Survives(TimeSpan timeout, Action parse, params Type[] allowed)
    {
        Exception? thrown = null;
        long allocated = 0;
        var thread = new Thread(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            try { parse(); }
            catch (Exception e) { thrown = e; }
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }, maxStackSize: 16 * 1024 * 1024) { IsBackground = true };
        thread.Start();
        if (!thread.Join(timeout)) Assert.Fail($"The parser did not return within {timeout.TotalSeconds} s (hang).");
        if (thrown is not null && !allowed.Any(t => t.IsInstanceOfType(thrown)))
            Assert.Fail($"Untyped failure {thrown.GetType().FullName}: {thrown.Message}\n{thrown.StackTrace}");
        Assert.True(allocated < MaxAllocatedBytes, $"The parser allocated {allocated:N0} bytes.");
    }

    /// <summary>A property over seeds: each seed mutates the originals a different way.</summary>
    public static void ForAllMutations(IReadOnlyList<byte[]> originals, Action<byte[]> check, int cases = 150)
    {
        var gen = from which in Gen.Choose(0, originals.Count - 1)
                  from seed in Gen.Choose(0, int.MaxValue - 1)
                  from count in Gen.Choose(1, 12)
                  select (which, seed, count);
        Prop.ForAll(gen.ToArbitrary(), t => check(Mutator.Mutate(originals[t.which], t.seed, t.count)))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(cases));
    }

    /// <summary>A property over random byte strings.</summary>
    public static void ForAllBytes(Action<byte[]> check, int cases = 150) =>
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), check).Check(Config.QuickThrowOnFailure.WithMaxTest(cases));

    public static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
}

/// <summary>Mutations of real files in the style of a fuzzer: flips, inserts of structural tokens, deletions, duplication, truncation.</summary>
internal static class Mutator
{
    private static readonly byte[][] Tokens = [.. new[]
    {
        "\n", "\r\n", "\r", "---\n", ":", ": ", "- ", "  ", "\t", "\"", "'", ",", ",,", "\"\"", "[[", "]]", "|", "@", "=", "+", "-", "+/-",
        "{", "}", "[", "]", "&a ", "*a", "!!binary ", "? ", "#", "%YAML 1.1\n", "...\n", "\u0000", "\uFEFF", "\u00AD", "é", "𝄞",
        "<", ">", "</", "/>", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "&a;", "&#0;", "&#x110000;", "<![CDATA[", "]]>", "xmlns=\"\"",
        "99999999999", "-1", "0", "NaN", "1e400", "null", "true", "\\u0000", "\\", "\"cells\":", "PK\u0003\u0004",
    }.Select(System.Text.Encoding.UTF8.GetBytes), [0xFF], [0xC3], [0xFE, 0xFF], [0xFF, 0xFE], [0x80], [0xED, 0xA0, 0x80]];

    public static byte[] Mutate(byte[] original, int seed, int count)
    {
        var random = new Random(seed);
        var data = new List<byte>(original);
        for (var i = 0; i < count; i++)
        {
            var at = data.Count == 0 ? 0 : random.Next(data.Count);
            switch (random.Next(8))
            {
                case 0 when data.Count > 0: data[at] ^= (byte)(1 << random.Next(8)); break;
                case 1 when data.Count > 0: data[at] = (byte)random.Next(256); break;
                case 2: data.InsertRange(at, Tokens[random.Next(Tokens.Length)]); break;
                case 3 when data.Count > 0: data.RemoveRange(at, Math.Min(data.Count - at, 1 + random.Next(64))); break;
                case 4 when data.Count > 0:
                {
                    var len = Math.Min(data.Count - at, 1 + random.Next(256));
                    var chunk = data.GetRange(at, len);
                    for (var r = random.Next(1, 4); r > 0; r--) data.InsertRange(random.Next(data.Count), chunk);
                    break;
                }
                case 5: if (data.Count > 0) data.RemoveRange(at, data.Count - at); break;
                case 6: data.InsertRange(at, Tokens[random.Next(Tokens.Length)]); data.InsertRange(random.Next(data.Count), Tokens[random.Next(Tokens.Length)]); break;
                default:
                {
                    var len = random.Next(1, 16);
                    for (var k = 0; k < len; k++) data.Insert(at, (byte)random.Next(256));
                    break;
                }
            }
        }
        return [.. data];
    }
}
