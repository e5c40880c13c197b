using Jeugdhulp.Research.Diagnostics;

namespace Jeugdhulp.Research.Privacy.Tests.Hardening;

/// <summary>The key file reader (<see cref="PseudonymKey"/>) and the leak check on hostile text.</summary>
public sealed class KeyFileHardeningTests : IDisposable
{
    private readonly TempDir _temp = TestPaths.Temp();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("corpus-key.yaml")]
    [InlineData("corpus-key.csv")]
    public void Mutated_keys_give_a_key_or_an_InputException(string fixture)
    {
        var path = _temp["key" + Path.GetExtension(fixture)];
        Harness.ForAllMutations([File.ReadAllBytes(TestPaths.Fixture(fixture))], bytes =>
        {
            File.WriteAllBytes(path, bytes);
            Harness.Survives(() => PseudonymKey.Load(path), typeof(InputException));
        }, cases: 200);
    }

    [Fact]
    public void The_fuzzers_yaml_crash_input_is_a_diagnostic_in_a_key_file()
    {
        File.WriteAllBytes(_temp["k.yaml"], File.ReadAllBytes(Path.Combine(TestPaths.Root, "tests", "Jeugdhulp.Research.Privacy.Tests", "Hardening", "crashes", "codebook-1.bin")));
        Harness.Survives(() => PseudonymKey.Load(_temp["k.yaml"]), typeof(InputException));
    }

    [Fact]
    public void A_key_just_over_its_size_limit_is_refused_unread()
    {
        using (var f = File.Create(_temp["big.yaml"])) f.SetLength(PseudonymKey.MaxBytes + 1);
        Harness.Survives(() => Assert.Contains(Assert.Throws<InputException>(() => PseudonymKey.Load(_temp["big.yaml"])).Diagnostics, d => d.Code == "file-too-large"));
    }

    [Fact]
    public void The_leak_check_stays_linear_on_adversarial_text()
    {
        var key = PseudonymKey.Load(TestPaths.CorpusKey);
        var text = string.Concat(Enumerable.Repeat("Gemeente Kustwijk-\n-\n\u00AD Eikenhof Jeugd- ", 100_000));
        Harness.Survives(TimeSpan.FromSeconds(10), () => Assert.NotEmpty(LeakCheck.Scan(text, key)));
        Harness.Survives(TimeSpan.FromSeconds(10), () => Pseudonymiser.Apply(text, key));
    }
}
