using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jeugdhulp.Research.Tests.Support;

namespace Jeugdhulp.Research.Tests.Cli;

/// <summary>
/// <c>jhr codebook show|export|diff</c> end to end, on the command line as a user types it. The expected content comes
/// from the YAML fixtures themselves (minimal-valid.yaml: three entries, one value set), so the assertions check what
/// a reader must find (ids, labels, definitions, sources, value meanings), not how a renderer lays it out.
/// </summary>
public sealed class CodebookCommandsEndToEndTests
{
    private static string Minimal => Repo.CodebookFixture("minimal-valid.yaml");

    private static string Temp(string name) => Path.Combine(Directory.CreateTempSubdirectory("jhr-codebook-e2e-").FullName, name);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public void Show_prints_the_title_and_every_entry_of_the_tree_with_its_label()
    {
        var result = Jhr.Run("codebook", "show", "--codebook", Minimal);

        Assert.True(result.ExitCode == 0, result.Error);
        var lines = Lines(result.Out);
        Assert.Contains("Minimaal codeboek", lines[0]);
        Assert.Contains("0.1.0", lines[0]);
        Assert.Contains(lines, l => l.Contains("Cluster", StringComparison.Ordinal) && l.EndsWith("cluster", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("volgen", StringComparison.Ordinal) && l.EndsWith("cluster.volgen", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Volgen", StringComparison.Ordinal) && l.EndsWith("reactie.volgen", StringComparison.Ordinal));
        Assert.Equal(3, lines.Count(l => Regex.IsMatch(l, @"\s(cluster|cluster\.volgen|reactie\.volgen)$")));
    }

    [Fact]
    public void Show_of_the_bundled_codebook_lists_the_six_responses_under_strategische_reactie()
    {
        var result = Jhr.Run("codebook", "show");

        Assert.True(result.ExitCode == 0, result.Error);
        foreach (var id in new[] { "reactie.niets-doen", "reactie.volgen", "reactie.compromis-sluiten", "reactie.vermijden", "reactie.trotseren", "reactie.domineren" })
            Assert.Contains(Lines(result.Out), l => l.EndsWith(id, StringComparison.Ordinal));
        Assert.Contains("Hiërarchische sturing", result.Out);
    }

    [Fact]
    public void Show_of_one_entry_prints_its_definition_cluster_source_and_value_meanings()
    {
        var result = Jhr.Run("codebook", "show", "reactie.volgen", "--codebook", Minimal);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("reactie.volgen", result.Out);
        Assert.Contains("Volgen (Comply)", result.Out);
        Assert.Contains("Jeugdhulpaanbieder volgt.", result.Out);
        Assert.Contains("3.3", result.Out);
        Assert.Contains("2234-2363", result.Out);
        Assert.Contains(Lines(result.Out), l => l.StartsWith('+') && l.Contains("volgt", StringComparison.Ordinal) && l.Contains("volgen", StringComparison.Ordinal));
        Assert.DoesNotContain("cluster.volgen ", result.Out); // one entry, not the tree
    }

    [Fact]
    public void Show_of_an_unknown_entry_names_it_and_exits_1()
    {
        var result = Jhr.Run("codebook", "show", "reactie.bestaat-niet", "--codebook", Minimal);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("reactie.bestaat-niet", result.Error);
    }

    [Theory]
    [InlineData("md")]
    [InlineData("html")]
    public void Export_to_md_and_html_carries_every_entry_definition_source_and_value(string format)
    {
        var path = Temp("codeboek." + format);

        var result = Jhr.Run("codebook", "export", Minimal, "--format", format, "--output", path);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("3 entries", result.Out);
        var text = File.ReadAllText(path);
        if (format == "html")
        {
            Assert.StartsWith("<!DOCTYPE html>", text.TrimStart(), StringComparison.OrdinalIgnoreCase);
            text = WebUtility.HtmlDecode(Regex.Replace(text, "<[^>]+>", " "));
        }
        foreach (var expected in new[]
                 {
                     "Minimaal codeboek", "0.1.0",
                     "cluster", "Cluster", "§3.4",
                     "cluster.volgen", "volgen (comply)", "Volgen en compromis sluiten.", "2937-3007",
                     "reactie.volgen", "Volgen (Comply)", "Jeugdhulpaanbieder volgt.", "Tabel 3.3", "2234-2363", "volgt",
                     "plus/min", "plusmin", "minus",
                 })
            Assert.Contains(expected, text);
    }

    [Fact]
    public void Export_to_json_is_the_codebook_as_data()
    {
        var path = Temp("codeboek.json");

        var result = Jhr.Run("codebook", "export", Minimal, "--format", "json", "--output", path);

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        Assert.Equal("minimaal", root.GetProperty("id").GetString());
        Assert.Equal("0.1.0", root.GetProperty("version").GetString());
        Assert.Equal("Minimaal codeboek", root.GetProperty("title").GetProperty("nl").GetString());
        Assert.Matches("^[0-9a-f]{64}$", root.GetProperty("content_hash").GetString());
        var set = Assert.Single(root.GetProperty("value_sets").EnumerateArray());
        Assert.Equal("plusmin", set.GetProperty("id").GetString());
        Assert.Equal(["+", "-"], set.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("id").GetString()));
        var entries = root.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["cluster", "reactie.volgen"], entries.Select(e => e.GetProperty("id").GetString()));
        var child = Assert.Single(entries[0].GetProperty("children").EnumerateArray());
        Assert.Equal("cluster.volgen", child.GetProperty("id").GetString());
        Assert.Equal("2937-3007", child.GetProperty("source").GetProperty("lines").GetString());
        Assert.Equal("response", entries[1].GetProperty("kind").GetString());
        Assert.Equal("Jeugdhulpaanbieder volgt.", entries[1].GetProperty("definition").GetProperty("nl").GetString());
        Assert.Equal("plusmin", entries[1].GetProperty("value_set").GetString());
    }

    [Fact]
    public void Diff_of_two_different_codebooks_names_the_added_removed_and_changed_entries()
    {
        var original = File.ReadAllText(Minimal);
        // The old version has an extra response; the new one drops it, adds a cluster and rewrites a definition.
        var old = Temp("oud.yaml");
        File.WriteAllText(old, original
            + "  - id: reactie.trotseren\n    kind: response\n    label: {nl: Trotseren, en: Defy}\n"
            + "    definition: {nl: Jeugdhulpaanbieder trotseert.}\n    cluster: cluster.volgen\n    source: {table: \"3.3\"}\n");
        var @new = Temp("nieuw.yaml");
        File.WriteAllText(@new, original
            .Replace("definition: {nl: Jeugdhulpaanbieder volgt.}", "definition: {nl: Jeugdhulpaanbieder volgt de regels.}")
            .Replace("      - id: cluster.volgen\n",
                "      - id: cluster.niet-volgen\n        kind: cluster\n        label: {nl: niet-volgen, en: not comply}\n"
                + "        definition: {nl: Vermijden of trotseren.}\n        source: {section: \"3.4\"}\n"
                + "      - id: cluster.volgen\n"));
        Assert.Contains("cluster.niet-volgen", File.ReadAllText(@new));

        var result = Jhr.Run("codebook", "diff", old, @new);

        Assert.True(result.ExitCode == 0, result.Error);
        var lines = Lines(result.Out);
        Assert.DoesNotContain("No differences", result.Out);
        Assert.Contains(lines, l => l.StartsWith('+') && l.Contains("cluster.niet-volgen", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith('-') && l.Contains("reactie.trotseren", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith('~') && l.Contains("reactie.volgen", StringComparison.Ordinal));
        Assert.Contains("Jeugdhulpaanbieder volgt.", result.Out);
        Assert.Contains("Jeugdhulpaanbieder volgt de regels.", result.Out);
        Assert.Contains(lines, l => l.StartsWith('~') && l.EndsWith(" cluster", StringComparison.Ordinal)); // its children changed
        Assert.DoesNotContain(lines, l => Regex.IsMatch(l, @"^[-+~]\s*cluster\.volgen\b")); // an unchanged entry is not listed
    }
}
