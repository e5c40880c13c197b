namespace Jeugdhulp.Research.Qca;

/// <summary>
/// The entry point of a crisp-set QCA: truth table, necessity, and the conservative, parsimonious and
/// (with directional expectations) intermediate solutions, so callers such as <c>jhr qca</c> need one call.
/// </summary>
public static class QcaAnalysis
{
    /// <summary>Runs the whole analysis.</summary>
    /// <exception cref="CrispDataException">When the outcome or a condition is not a column of the data.</exception>
    /// <exception cref="ArgumentException">On invalid options.</exception>
    public static QcaResult Run(CrispDataset data, QcaOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        var table = TruthTable.Build(data, options);
        var conservative = Conservative(table, options.MaxSolutions, options.MaxCoverNodes);
        var parsimonious = Parsimonious(table, options.MaxSolutions, options.MaxCoverNodes);
        var intermediate = options.DirectionalExpectations is { } expectations
            ? Intermediate(table, conservative, parsimonious, expectations, options.MaxSolutions, options.MaxCoverNodes)
            : null;
        return new QcaResult(options, table, Necessity.Analyze(table), conservative, parsimonious, intermediate);
    }

    /// <summary>Conservative (complex) solution: minimises the positive rows without any remainder.</summary>
    /// <exception cref="CoverBudgetExceededException">When the minimum is not proven within <paramref name="maxNodes"/>.</exception>
    public static QcaSolution Conservative(TruthTable table, int maxSolutions = Minimizer.DefaultMaxSolutions, long maxNodes = long.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Solve(table, SolutionKind.Conservative, [], null, maxSolutions, maxNodes);
    }

    /// <summary>Most parsimonious solution: every remainder is a don't-care; models list the ones they use.</summary>
    /// <exception cref="CoverBudgetExceededException">When the minimum is not proven within <paramref name="maxNodes"/>.</exception>
    public static QcaSolution Parsimonious(TruthTable table, int maxSolutions = Minimizer.DefaultMaxSolutions, long maxNodes = long.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Solve(table, SolutionKind.Parsimonious, table.Remainders, null, maxSolutions, maxNodes);
    }

    /// <summary>
    /// Intermediate solution(s), one group per pair of conservative model Ci and parsimonious model Pj
    /// (named <c>CiPj</c> as in the R package QCA). The easy counterfactuals of a pair are the remainders that
    /// (a) are simplifying assumptions of Pj and (b) lie in a term of Ci once the literals of that term that
    /// contradict a directional expectation are dropped; the positive rows are then minimised exactly with
    /// those remainders as don't-cares.
    /// </summary>
    /// <param name="table">The truth table.</param>
    /// <param name="conservative">The conservative solution of the table.</param>
    /// <param name="parsimonious">The parsimonious solution of the table.</param>
    /// <param name="expectations">Expectation per condition expression (or name); unlisted conditions are Either.</param>
    /// <param name="maxSolutions">Cap on tied models per pair.</param>
    /// <param name="maxNodes">Search nodes allowed for each exact cover.</param>
    /// <exception cref="ArgumentException">When an expectation names no condition of the table.</exception>
    /// <exception cref="CoverBudgetExceededException">When a minimum is not proven within <paramref name="maxNodes"/>.</exception>
    public static QcaSolution Intermediate(
        TruthTable table,
        QcaSolution conservative,
        QcaSolution parsimonious,
        IReadOnlyDictionary<string, DirectionalExpectation> expectations,
        int maxSolutions = Minimizer.DefaultMaxSolutions,
        long maxNodes = long.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(conservative);
        ArgumentNullException.ThrowIfNull(parsimonious);
        ArgumentNullException.ThrowIfNull(expectations);
        var k = table.ConditionCount;
        var (presentBits, absentBits) = ExpectationMasks(table, expectations);
        var remainders = table.Remainders;
        var models = new List<QcaModel>();
        var pis = new SortedSet<string>(StringComparer.Ordinal);
        var truncated = false;
        for (var i = 0; i < conservative.Models.Count; i++)
        {
            for (var j = 0; j < parsimonious.Models.Count; j++)
            {
                var complexTerms = conservative.Models[i].Terms.Select(t => Relax(t.Implicant, presentBits, absentBits)).ToArray();
                var parsimoniousTerms = parsimonious.Models[j].Terms.Select(t => t.Implicant).ToArray();
                var easy = remainders
                    .Where(r => parsimoniousTerms.Any(p => p.Covers(r)) && complexTerms.Any(c => c.Covers(r)))
                    .ToArray();
                var origin = $"C{i + 1}P{j + 1}";
                var solution = Solve(table, SolutionKind.Intermediate, easy, origin, maxSolutions, maxNodes);
                models.AddRange(solution.Models);
                pis.UnionWith(solution.PrimeImplicants);
                truncated |= solution.Truncated;
            }
        }
        return new QcaSolution(SolutionKind.Intermediate, table.Outcome, pis.ToArray(), models, truncated);
    }

    /// <summary>Drops the literals of a complex term that run against the expectations (easy counterfactuals).</summary>
    private static Implicant Relax(Implicant term, int presentBits, int absentBits)
    {
        var contrary = (presentBits & term.Care & ~term.Value) | (absentBits & term.Care & term.Value);
        return new Implicant(term.Care & ~contrary, term.Value & ~contrary);
    }

    private static (int Present, int Absent) ExpectationMasks(TruthTable table, IReadOnlyDictionary<string, DirectionalExpectation> expectations)
    {
        var k = table.ConditionCount;
        int present = 0, absent = 0;
        foreach (var (key, expectation) in expectations)
        {
            var literal = Literal.Parse(key);
            var conditions = table.Conditions.ToList();
            var j = conditions.IndexOf(literal);
            if (j < 0 && !literal.Negated) j = conditions.FindIndex(c => c.Name == literal.Name);
            if (j < 0)
            {
                throw new ArgumentException(
                    $"directional expectation for '{key}', which is not a condition ({string.Join(", ", table.Conditions)})", nameof(expectations));
            }
            var bit = 1 << (k - 1 - j);
            if (expectation == DirectionalExpectation.Present) present |= bit;
            else if (expectation == DirectionalExpectation.Absent) absent |= bit;
        }
        return (present, absent);
    }

    private static QcaSolution Solve(TruthTable table, SolutionKind kind, IReadOnlyList<int> dontCares, string? origin, int maxSolutions, long maxNodes)
    {
        var k = table.ConditionCount;
        var on = table.PositiveRows;
        if (on.Count == 0) return new QcaSolution(kind, table.Outcome, [], [], false);
        var result = Minimizer.Minimize(k, on, dontCares, maxSolutions, maxNodes);
        var dontCareSet = dontCares.ToHashSet();
        var models = result.Solutions
            .Select((terms, m) => Evaluate(table, $"M{m + 1}", origin, terms, dontCareSet))
            .ToArray();
        return new QcaSolution(kind, table.Outcome, result.PrimeImplicants.Select(p => p.ToTerm(table.Conditions)).ToArray(), models, result.Truncated);
    }

    /// <summary>Parameters of fit of a model on the analysed cases, and the remainders it covers.</summary>
    private static QcaModel Evaluate(TruthTable table, string name, string? origin, IReadOnlyList<Implicant> terms, HashSet<int> remainders)
    {
        var cases = table.Cases;
        var positives = cases.Count(c => c.Outcome);
        var coveredBy = cases.Select(c => terms.Count(t => t.Covers(c.RowIndex))).ToArray();
        var solutionTerms = terms.Select(t =>
        {
            var covered = cases.Where(c => t.Covers(c.RowIndex)).ToArray();
            var hits = covered.Count(c => c.Outcome);
            var unique = cases.Where((c, i) => c.Outcome && coveredBy[i] == 1 && t.Covers(c.RowIndex)).Count();
            var inclusion = Ratio(hits, covered.Length);
            return new SolutionTerm(
                t,
                t.ToTerm(table.Conditions),
                inclusion,
                inclusion,
                Ratio(hits, positives),
                Ratio(unique, positives),
                covered.Select(c => c.CaseId).ToArray(),
                covered.Where(c => !c.Outcome).Select(c => c.CaseId).ToArray());
        }).ToArray();
        var coveredCases = cases.Where((_, i) => coveredBy[i] > 0).ToArray();
        var solutionHits = coveredCases.Count(c => c.Outcome);
        var solutionInclusion = Ratio(solutionHits, coveredCases.Length);
        var assumptions = remainders.Where(r => terms.Any(t => t.Covers(r))).Order().Select(r => r + 1).ToArray();
        return new QcaModel(name, origin, solutionTerms, solutionInclusion, solutionInclusion, Ratio(solutionHits, positives), assumptions);
    }

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? double.NaN : (double)numerator / denominator;
}
