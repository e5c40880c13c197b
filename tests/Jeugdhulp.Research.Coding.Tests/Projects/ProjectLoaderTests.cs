using Jeugdhulp.Research.Coding.Classification;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Tests.Support;
using Jeugdhulp.Research.Diagnostics;

namespace Jeugdhulp.Research.Coding.Tests.Projects;

public class ProjectLoaderTests
{
    private static string AddSource(string dir, string name, string content)
    {
        File.WriteAllText(Path.Combine(dir, "sources", name), content);
        return Path.Combine(dir, "sources", name);
    }

    private const string Header = "---\nkind: interview\ncase: kustwijk\nunits: [kustwijk.eikenhof, kustwijk.de-wilg]\nspeakers:\n  - {name: Jan, role: uitvoering, organisation: De Wilg}\n---\n";

    [Fact]
    public void Every_invalid_coding_is_reported_in_one_run()
    {
        var dir = Repo.CopyOfCorpus();
        var file = AddSource(dir, "fout.md", Header +
            "**Jan (uitvoering):** [[reactie.bestaat-niet @coderA unit=kustwijk.de-wilg |a]] " +
            "[[reactie.vermijden.ontsnappen @coderA unit=kustwijk.de-wilg |b]] " +
            "[[kenmerk.weten @coderA unit=kustwijk.de-wilg |c]] " +
            "[[kenmerk.weten:ja @coderA unit=kustwijk.de-wilg |d]] " +
            "[[reactie.volgen:+ @coderA unit=kustwijk.de-wilg |e]] " +
            "[[reactie.volgen @coderZ unit=kustwijk.de-wilg |f]] " +
            "[[reactie.volgen @coderA |g]] " +
            "[[cluster.volgen @coderA unit=kustwijk.de-wilg |h]] " +
            "[[reactie.volgen @coderA unit=kustwijk.onbekend |i]]\n");

        var e = Assert.Throws<InputException>(() => CodingProjectLoader.Load(dir));

        Assert.Equal(
            ["unknown-codebook-id", "excluded-code", "missing-value", "value-outside-vocabulary", "unexpected-value", "unknown-coder", "unit-required", "not-codable", "unknown-unit"],
            e.Diagnostics.Select(d => d.Code));
        Assert.All(e.Diagnostics, d => Assert.Equal((file, 8), (d.File, d.Line)));
    }

    [Fact]
    public void Accounts_are_derived_from_the_speakers_organisation_unless_given()
    {
        var dir = Repo.CopyOfCorpus();
        AddSource(dir, "accounts.md", Header.Replace("  - {name: Jan", "  - {name: Els, role: inkoop, organisation: Gemeente Kustwijk}\n  - {name: Piet, role: uitvoering, organisation: Wijkteam Noord}\n  - {name: Jan") +
            "Inleiding [[reactie.volgen @coderA unit=kustwijk.de-wilg |buiten]].\n" +
            "**Jan (uitvoering):** [[reactie.volgen @coderA unit=kustwijk.de-wilg |eigen]] en [[reactie.volgen @coderA unit=kustwijk.eikenhof |over een ander]].\n" +
            "**Els:** [[reactie.volgen @coderA unit=kustwijk.de-wilg |gemeente]].\n" +
            "**Piet (uitvoering):** [[reactie.volgen @coderA unit=kustwijk.de-wilg |wijkteam]] [[reactie.volgen @coderA unit=kustwijk.de-wilg account=self |toch zelf]].\n");

        var evidence = CodingProjectLoader.Load(dir).Evidence().Where(e => e.Source == "accounts").ToDictionary(e => e.Quote, e => (e.Account, e.Speaker));

        Assert.Equal((Account.ThirdParty, null), evidence["buiten"]);
        Assert.Equal((Account.Self, "Jan"), evidence["eigen"]);
        Assert.Equal((Account.ThirdParty, "Jan"), evidence["over een ander"]);
        Assert.Equal((Account.Municipality, "Els"), evidence["gemeente"]);
        Assert.Equal((Account.ThirdParty, "Piet"), evidence["wijkteam"]);
        Assert.Equal((Account.Self, "Piet"), evidence["toch zelf"]);
    }

    [Fact]
    public void Documents_are_their_authors_account()
    {
        var project = CodingProjectLoader.Load(Repo.Corpus);
        Assert.All(project.Evidence().Where(e => e.Source == "heidestein-inkoopdocument-2020"), e => Assert.Equal(Account.DocumentAuthor, e.Account));
    }

    [Fact]
    public void Broken_project_files_are_reported_together()
    {
        var dir = Repo.CopyOfCorpus();
        File.AppendAllText(Path.Combine(dir, "units.csv"), "kustwijk.nieuw,nergens,Nieuw,bedrijf,x,\n");
        File.AppendAllText(Path.Combine(dir, "overrides.csv"), "kustwijk.eikenhof,,cluster,volgen,,,\n");
        AddSource(dir, "geen-kop.md", "Zomaar tekst zonder front matter.\n");

        var (errors, _) = CodingProjectLoader.Validate(dir);

        Assert.Contains(errors, d => d.Code == "unknown-case" && d.File.EndsWith("units.csv", StringComparison.Ordinal) && d.Line == 6);
        Assert.Contains(errors, d => d.Code == "invalid-value" && d.Line == 6 && d.Column == 4);
        Assert.Contains(errors, d => d.Code == "missing-reason" && d.File.EndsWith("overrides.csv", StringComparison.Ordinal) && d.Line == 5);
        Assert.Contains(errors, d => d.Code == "missing-period" && d.Line == 5);
        Assert.Contains(errors, d => d.Code == "missing-front-matter" && d.File.EndsWith("geen-kop.md", StringComparison.Ordinal) && d.Line == 1);
    }

    [Fact]
    public void Project_yaml_problems_have_positions()
    {
        var dir = Repo.CopyOfCorpus();
        var path = Path.Combine(dir, "project.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("response_majority: 0.5", "response_majority: veel").Replace("  - id: coderB", "  - id: coder B"));

        var (errors, _) = CodingProjectLoader.Validate(dir);

        Assert.Contains(errors, d => d.Code == "invalid-id" && d.Line == 12);
        Assert.Contains(errors, d => d.Code == "invalid-value" && d.Line == 16);
    }

    [Fact]
    public void Unknown_front_matter_fields_and_speakers_are_warnings_not_errors()
    {
        var dir = Repo.CopyOfCorpus();
        AddSource(dir, "extra.md", Header.Replace("kind: interview", "kind: interview\nopnameduur: 45 min") + "**Onbekende:** tekst\n");

        var (errors, warnings) = CodingProjectLoader.Validate(dir);

        Assert.Empty(errors);
        Assert.Contains(warnings, w => w.Code == "unknown-field" && w.Line == 3);
        Assert.Contains(warnings, w => w.Code == "undeclared-speaker" && w.Line == 9);
    }
}
