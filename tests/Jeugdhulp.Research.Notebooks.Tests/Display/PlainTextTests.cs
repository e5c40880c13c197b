using System.Reflection;
using System.Runtime.CompilerServices;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Display;
using Jeugdhulp.Research.Theory;
using Jeugdhulp.Research.Theory.Display;

namespace Jeugdhulp.Research.Notebooks.Tests.Display;

/// <summary>
/// Where no HTML is shown (an exported notebook app, a terminal, a debugger) a toolkit value prints as readable
/// Dutch text, never as a record dump of nested <c>ImmutableArray</c>s.
/// </summary>
public sealed class PlainTextTests
{
    private static readonly Assembly[] Toolkit =
    [
        typeof(ResultTable).Assembly, typeof(PropositionView).Assembly,
        typeof(global::Jeugdhulp.Research.Coding.Display.CodedSourceView).Assembly, typeof(global::Jeugdhulp.Research.Charts.ChartView).Assembly,
    ];

    private static IEnumerable<Type> Displayable() =>
        Toolkit.SelectMany(a => a.GetTypes()).Where(t => t.GetCustomAttributes().Any(a => a.GetType().Name == "TypeFormatterSourceAttribute"));

    public static TheoryData<string> DisplayableTypes() => [.. Displayable().Select(t => t.AssemblyQualifiedName!)];

    [Theory]
    [MemberData(nameof(DisplayableTypes))]
    public void Every_type_the_notebook_shows_as_HTML_has_its_own_plain_text(string typeName)
    {
        var type = Type.GetType(typeName, throwOnError: true)!;
        var toString = type.GetMethod(nameof(ToString), Type.EmptyTypes)!;

        Assert.Equal(type, toString.DeclaringType);
        Assert.False(toString.IsDefined(typeof(CompilerGeneratedAttribute)), $"{type.Name}.ToString is the compiler's record dump");
    }

    [Fact]
    public void The_displayable_types_include_the_codebook_the_study_and_the_proposition_views()
    {
        var names = Displayable().Select(t => t.Name).ToHashSet();

        Assert.Superset(new HashSet<string> { "Codebook", "CodebookEntry", "StudyData", "StudySummary", "ResultTable", "PropositionView", "PropositionEvaluationView", "ChartView", "CodedSourceView" }, names);
    }

    [Fact]
    public void A_codebook_entry_prints_its_label_definition_and_values_in_Dutch()
    {
        var text = DisplayFixture.Codebook["kenmerk.willen"].ToString();

        Assert.StartsWith("Willen (kenmerk.willen, ", text);
        Assert.Contains("  Definitie: De mate waarin de jeugdhulpaanbieder wil voldoen", text);
        Assert.Contains("  Bron: Tabel 3.5", text);
        Assert.DoesNotContain("ImmutableArray", text);
    }

    [Fact]
    public void The_bundled_study_and_codebook_print_their_counts()
    {
        Assert.Equal("Studiegegevens: 5 cases, 18 eenheden", string.Join(",", DisplayFixture.Study.ToString().Split(',').Take(2)));
        Assert.Matches(@"^Codeboek jeugdhulp-sturing \d+\.\d+\.\d+ \(.+\): \d+ codes, \d+ waardensets$", DisplayFixture.Codebook.ToString());
    }

    [Fact]
    public void A_proposition_evaluation_prints_its_tables_as_aligned_text()
    {
        var set = PropositionLoader.Load(DisplayFixture.RepoFile("data", "propositions.yaml"));
        var evaluation = PropositionEvaluator.Evaluate(set, DisplayFixture.Study, DisplayFixture.Vocabulary);

        var text = evaluation.ToView(DisplayFixture.Vocabulary).ToString();

        Assert.Contains("Proposities uit propositions.yaml", text);
        Assert.Contains("Verwachting 1: de strategische reactie verschilt tussen cases", text);
        Assert.DoesNotContain("ImmutableArray", text);
        Assert.DoesNotContain("{ Result =", text);
    }
}
