using Jeugdhulp.Research.Qca;

namespace Jeugdhulp.Research.Qca.Tests;

public class QcaFormatterTests
{
    private static readonly QcaResult Lipset = QcaAnalysis.Run(ReferenceData.Lipset(), ReferenceData.LipsetOptions);

    [Fact]
    public void Text_output_shows_models_in_R_QCA_style_with_fit_table()
    {
        var text = QcaFormatter.Format(Lipset);
        Assert.Contains("M1: DEV*~URB*LIT*STB + DEV*LIT*IND*STB -> SURV", text, StringComparison.Ordinal);
        Assert.Contains("M1: DEV*STB -> SURV", text, StringComparison.Ordinal);
        Assert.Contains("inclS", text, StringComparison.Ordinal);
        Assert.Contains("covU", text, StringComparison.Ordinal);
        Assert.Contains("simplifying assumptions (rows): 18, 20, 26, 28, 30", text, StringComparison.Ordinal);
        Assert.Contains("FI,IE; FR,SE", text, StringComparison.Ordinal);
        Assert.Contains("9 observed rows, 23 remainders, 18 cases", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_term_table_aligns_the_fit_columns()
    {
        var text = QcaFormatter.FormatSolution(Lipset.Conservative, Lipset.TruthTable);
        var lines = text.Split('\n').Where(l => l.Contains("1.000", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, lines.Length);
        Assert.Single(lines.Select(l => l.IndexOf("1.000", StringComparison.Ordinal)).Distinct());
    }

    [Fact]
    public void Markdown_output_uses_pipe_tables_and_escapes_asterisks()
    {
        var md = QcaFormatter.Format(Lipset, QcaOutputFormat.Markdown);
        Assert.Contains("| row | DEV | URB | LIT | IND | STB | OUT | n | incl | PRI | cases |", md, StringComparison.Ordinal);
        Assert.Contains("**M1: DEV*STB -> SURV**", md, StringComparison.Ordinal);
        Assert.Contains(@"| 1 | DEV\*STB | 1.000 | 1.000 | 1.000 | 1.000 |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Truth_table_with_remainders_lists_all_configurations()
    {
        var text = QcaFormatter.FormatTruthTable(Lipset.TruthTable, includeRemainders: true);
        var dataLines = text.Split('\n').Count(l => l.Length > 0 && char.IsDigit(l[0]) && !l.Contains("observed", StringComparison.Ordinal));
        Assert.Equal(32, dataLines);
    }
}
