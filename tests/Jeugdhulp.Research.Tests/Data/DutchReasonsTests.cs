using Jeugdhulp.Research.Data;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.IO;
using Jeugdhulp.Research.Tests.Support;

namespace Jeugdhulp.Research.Tests.Data;

/// <summary>
/// Every reason in the bundled study has a Dutch text beside the recorded English one, so a Dutch report is Dutch
/// throughout; a study of one's own without the Dutch column still loads and shows its reasons marked untranslated.
/// </summary>
public class DutchReasonsTests
{
    private static IEnumerable<Provenance> AllProvenance(StudyData study) =>
        study.CaseValues.Concat(study.UnitValues).Select(o => o.Provenance).Concat(study.Responses.Select(r => r.Provenance));

    [Fact]
    public void Every_bundled_reason_and_inconsistency_has_a_dutch_text()
    {
        var study = StudyFixture.Study;
        var withReason = AllProvenance(study).Where(p => p.Reason is not null).ToList();
        Assert.Equal(628, withReason.Count); // 591 + 37 rows of codebook 1.4.0 (kenmerk.coalitievorming, sturing.inkoopuitkomst)
        Assert.Equal(484, withReason.Select(p => p.Reason).Distinct().Count());
        Assert.All(withReason, p => Assert.False(string.IsNullOrWhiteSpace(p.ReasonNl), $"{p.File}:{p.Line} has no reason_nl"));
        // Only a reason that is nothing but a Dutch quote from the seed (with its table) reads the same in both languages.
        Assert.All(withReason.Where(p => p.Reason == p.ReasonNl), p => Assert.Matches("^(Tabel [0-9.]+: )?'", p.Reason));
        Assert.Equal(21, withReason.Count(p => p.Reason == p.ReasonNl));
        Assert.Equal(34, study.Inconsistencies.Length);
        Assert.All(study.Inconsistencies, i => Assert.True(i.DescriptionNl is not null && i.HandlingNl is not null && i.KindNl is not null, i.Id));
    }

    [Fact]
    public void A_dutch_reason_keeps_the_seed_line_numbers_and_ids_of_the_recorded_one()
    {
        static List<string> Numbers(string text) =>
            [.. System.Text.RegularExpressions.Regex.Matches(text, @"\d+(?:[.-]\d+)*|\b[IC]\d\d\b").Select(m => m.Value).Order(StringComparer.Ordinal)];
        Assert.All(AllProvenance(StudyFixture.Study).Where(p => p.Reason is not null),
            p => Assert.Equal(Numbers(p.Reason!), Numbers(p.ReasonNl!)));
        Assert.All(StudyFixture.Study.Inconsistencies, i =>
        {
            Assert.Equal(Numbers(i.Description), Numbers(i.DescriptionNl!));
            Assert.Equal(Numbers(i.Handling), Numbers(i.HandlingNl!));
        });
    }

    [Fact]
    public void A_known_reason_reads_in_dutch_and_in_english_on_request()
    {
        var saturnus = StudyFixture.Study.UnitValues.Single(o => o.Subject == "rijn.saturnus" && o.Variable == "aanbieder.omzet");
        Assert.Equal("de tabel geeft alleen de grootteklasse; de precieze omzet is om redenen van anonimiteit weggelaten (§3.1, regels 2042-2046)", saturnus.Provenance.ReasonIn("nl"));
        Assert.Equal("table prints only the size class; exact turnover withheld for anonymity (§3.1, lines 2042-2046)", saturnus.Provenance.ReasonIn("en"));
        var i04 = StudyFixture.Study.Inconsistencies.Single(i => i.Id == "I04");
        Assert.StartsWith("rijn.saturnus = specialistisch (afgeleid uit de definitie van Tabel 3.5;", i04.HandlingIn("nl"));
        Assert.Equal("tekst-tegen-tabel", i04.KindIn("nl"));
        Assert.Equal("text-vs-table", i04.KindIn("en"));
    }

    [Fact]
    public void A_study_without_the_dutch_columns_still_loads_and_marks_its_reasons_untranslated()
    {
        var data = StudyFixture.CopyOfData();
        foreach (var file in new[] { "case-values.csv", "unit-factors.csv", "unit-characteristics.csv", "unit-classification.csv", "responses.csv", "inconsistencies.csv", "inconsistencies-cases.csv" })
            DropColumns(Path.Combine(data, file), "reason_nl", "kind_nl", "description_nl", "handling_nl");
        Assert.DoesNotContain("reason_nl", File.ReadAllText(Path.Combine(data, "unit-factors.csv")));

        var study = StudyDataLoader.Load(data, StudyFixture.Codebook);
        var saturnus = study.UnitValues.Single(o => o.Subject == "rijn.saturnus" && o.Variable == "aanbieder.omzet");
        Assert.Null(saturnus.Provenance.ReasonNl);
        Assert.Equal("[niet vertaald] table prints only the size class; exact turnover withheld for anonymity (§3.1, lines 2042-2046)", saturnus.Provenance.ReasonIn("nl"));
        Assert.Equal("table prints only the size class; exact turnover withheld for anonymity (§3.1, lines 2042-2046)", saturnus.Provenance.ReasonIn("en"));
        Assert.StartsWith("[niet vertaald] Table 9.13 counts 12 marktgericht", study.Inconsistencies.Single(i => i.Id == "I01").DescriptionIn("nl"));
        // A value without any reason stays without one in both languages: nothing is invented.
        var stated = study.UnitValues.First(o => o.Provenance.Basis == Basis.Stated && o.Provenance.Reason is null);
        Assert.Null(stated.Provenance.ReasonIn("nl"));

        var reproduce = Jhr.Run("reproduce", "--data", data);
        Assert.Equal(0, reproduce.ExitCode);
        Assert.Contains("Alle 10 tabellen (125 cellen) exact gereproduceerd.", reproduce.Out);
        Assert.Contains("[inferred: [niet vertaald] Compromis sluiten belongs to cluster volgen (§9.1);", reproduce.Out);
    }

    [Fact]
    public void A_dutch_reason_without_a_reason_is_refused_with_file_and_line()
    {
        var data = StudyFixture.CopyOfData();
        StudyFixture.Edit(data, "unit-characteristics.csv", "rijn.saturnus,aanbieder.regios,,1,stated,Tabel 4.1,3663,,,", "rijn.saturnus,aanbieder.regios,,1,stated,Tabel 4.1,3663,,Eén regio.,");
        var error = Assert.Throws<InputException>(() => StudyDataLoader.Load(data, StudyFixture.Codebook));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.EndsWith("unit-characteristics.csv", diagnostic.File);
        Assert.Equal(2, diagnostic.Line);
        Assert.Equal(9, diagnostic.Column);
        Assert.Equal("translation-without-reason", diagnostic.Code);
    }

    [Fact]
    public void A_malformed_dutch_column_is_refused_with_file_and_line()
    {
        var data = StudyFixture.CopyOfData();
        // An unquoted comma inside the Dutch reason shifts the evidence into an extra field.
        const string Omzet = "rijn.saturnus,aanbieder.omzet,,,undetermined,Tabel 4.1,3661-3673,\"table prints only the size class; exact turnover withheld for anonymity (§3.1, lines 2042-2046)\",";
        StudyFixture.Edit(data, "unit-characteristics.csv",
            Omzet + "\"de tabel geeft alleen de grootteklasse; de precieze omzet is om redenen van anonimiteit weggelaten (§3.1, regels 2042-2046)\"",
            Omzet + "de tabel geeft alleen de grootteklasse, de omzet is weggelaten");
        var result = Jhr.Run("reproduce", "--data", data);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unit-characteristics.csv:3:11: ragged-row: Row has 11 fields; the header has 10.", result.Error);

        var half = StudyFixture.CopyOfData();
        var path = Path.Combine(half, "inconsistencies.csv");
        var lines = File.ReadAllLines(path);
        var i03 = Array.FindIndex(lines, l => l.StartsWith("I03,", StringComparison.Ordinal));
        lines[i03] = lines[i03][..lines[i03].LastIndexOf(",\"", StringComparison.Ordinal)] + ",";
        File.WriteAllLines(path, lines);
        var refused = Jhr.Run("reproduce", "--data", half);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"inconsistencies.csv:{i03 + 1}:8: incomplete-translation: Inconsistency I03 has only half a Dutch text: handling_nl is empty", refused.Error);
    }

    /// <summary>Rewrites a CSV without the named columns, as a study of one's own made before they existed.</summary>
    private static void DropColumns(string path, params string[] columns)
    {
        var diagnostics = new List<Diagnostic>();
        var table = CsvTable.Read(path, [], diagnostics)!;
        Assert.Empty(diagnostics);
        var kept = table.Header.Where(h => !columns.Contains(h)).ToList();
        static string Quote(string s) => "\"" + s.Replace("\"", "\"\"") + "\"";
        File.WriteAllLines(path, [string.Join(",", kept), .. table.Rows.Select(r => string.Join(",", kept.Select(c => Quote(r[c]))))]);
    }
}
