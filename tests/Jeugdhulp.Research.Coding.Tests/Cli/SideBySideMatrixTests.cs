using System.Globalization;
using CsvHelper;
using Jeugdhulp.Research.Coding.Tests.Support;

namespace Jeugdhulp.Research.Coding.Tests.Cli;

/// <summary>
/// <c>jhr matrix steering --data data --data data/regios</c>: the dissertation's five cases and the three regions in one
/// steering matrix, each column naming its study.
/// </summary>
public class SideBySideMatrixTests
{
    private static List<string[]> Csv(string text)
    {
        using var csv = new CsvParser(new StringReader(text), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (csv.Read()) rows.Add(csv.Record!);
        return rows;
    }

    [Fact]
    public void The_regions_alone_show_their_steering()
    {
        var result = Jhr.Run("matrix", "steering", "--data", Repo.Regions, "--format", "csv");
        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        Assert.Equal(["variabele", "Groningen (RIGG)", "Zuid-Holland-Zuid (ZHZ-Jeugd)", "Waadhoeke"], Csv(result.Out)[0]);
    }

    [Fact]
    public void Two_studies_stand_side_by_side_and_Groningen_is_right_cell_by_cell()
    {
        var result = Jhr.Run("matrix", "steering", "--data", Repo.File("data"), "--data", Repo.Regions, "--format", "csv");
        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        var rows = Csv(result.Out);
        Assert.Equal(["variabele", "Rijn [data]", "Maas [data]", "IJssel [data]", "Waal [data]", "Lek [data]",
            "Groningen (RIGG) [Drie regio's]", "Zuid-Holland-Zuid (ZHZ-Jeugd) [Drie regio's]", "Waadhoeke [Drie regio's]"], rows[0]);

        // every row of the matrix, the Groningen column: empty = not coded, onbekend = undetermined with a reason
        var groningen = rows.Skip(1).ToDictionary(r => r[0], r => r[6]);
        Assert.Equal(new Dictionary<string, string>
        {
            ["Hiërarchische sturing"] = "",
            ["Afdwingbare regels"] = "-",
            ["Afdwingen van regels"] = "",
            ["Normatieve ondersteuning regels"] = "",
            ["Informele hiërarchie"] = "",
            ["Netwerksturing"] = "+/- (gemengd)",
            ["Gezamenlijke afspraken"] = "",
            ["Andere aanbieders volgen afspraken op"] = "",
            ["Draagvlak voor afspraken"] = "",
            ["Faciliteren uitvoering afspraken"] = "",
            ["Deelname aan netwerk"] = "",
            ["Marktsturing"] = "",
            ["Fragmentatie organisatieveld"] = "onbekend",
            ["Keuze op functioneren"] = "",
            ["Competitie"] = "",
            ["Ruimte"] = "onbekend",
            ["Adaptief vermogen"] = "onbekend",
            ["Onzekerheid"] = "+",
            ["Sturingsintensiteit richting de aanbieder"] = "weinig sturing",
            ["Hybride sturing"] = "",
            ["Ruimte (tweezijdig)"] = "",
            ["Kanalen voor sturing"] = "-",
            ["Contract en inkoop"] = "ingezet",
            ["Bekostiging en budget"] = "",
            ["Toegang en beschikking"] = "ingezet",
            ["Verwijzers"] = "",
            ["Regelgeving"] = "ontbreekt",
            ["Informatie en verantwoording"] = "",
            ["Relationele fora"] = "voorgesteld",
            ["Organisatiestructuur"] = "ingezet",
            ["Netwerksturingsvorm tussen gemeenten (Provan & Kenis)"] = "mengvorm",
            ["Aantal deelnemers"] = "meer dan acht deelnemers",
            ["Vertrouwen tussen de deelnemers"] = "onbekend",
            ["Consensus over de doelen"] = "onbekend",
            ["Behoefte aan netwerksturingscompetenties"] = "+",
            ["Beleden manier van sturen"] = "netwerk",
            ["Uitgevoerde manier van sturen"] = "markt",
        }, groningen);

        // the dissertation's columns are those of its own matrix
        var alone = Csv(Jhr.Run("matrix", "steering", "--data", Repo.File("data"), "--format", "csv").Out);
        foreach (var row in alone.Skip(1))
            Assert.Equal(row[1..], rows.Single(r => r[0] == row[0])[1..6]);
    }

    [Fact]
    public void Only_the_steering_matrix_compares_studies()
    {
        var result = Jhr.Run("matrix", "meta", "--data", Repo.File("data"), "--data", Repo.Regions);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("only 'jhr matrix steering' compares studies", result.Error, StringComparison.Ordinal);
    }
}
