namespace Jeugdhulp.Research.Qca;

/// <summary>
/// The crisp truth table: observed configurations with n, cases, inclusion, PRI and output, plus the
/// remainders, because every QCA solution is a minimisation of this table and must be traceable to it.
/// </summary>
public sealed record TruthTable
{
    /// <summary>Tolerance for comparing inclusion with the cuts, so 4/5 passes a cut of 0.8.</summary>
    public const double CutTolerance = 1e-9;

    /// <summary>Creates a truth table from already computed parts; use <see cref="Build"/> for data.</summary>
    public TruthTable(
        Literal outcome,
        IReadOnlyList<Literal> conditions,
        IReadOnlyList<TruthTableRow> rows,
        IReadOnlyList<AnalysedCase> cases,
        IReadOnlyList<ExcludedCase> excludedCases,
        double inclusionCut,
        double exclusionCut,
        double priCut,
        int nCut)
    {
        Outcome = outcome;
        Conditions = conditions;
        Rows = rows;
        Cases = cases;
        ExcludedCases = excludedCases;
        InclusionCut = inclusionCut;
        ExclusionCut = exclusionCut;
        PriCut = priCut;
        NCut = nCut;
    }

    /// <summary>The outcome expression.</summary>
    public Literal Outcome { get; }

    /// <summary>The condition expressions, first one most significant in row indices.</summary>
    public IReadOnlyList<Literal> Conditions { get; }

    /// <summary>Observed configurations (including those below <see cref="NCut"/>), by row index.</summary>
    public IReadOnlyList<TruthTableRow> Rows { get; }

    /// <summary>Cases that entered the analysis.</summary>
    public IReadOnlyList<AnalysedCase> Cases { get; }

    /// <summary>Cases excluded for missing values in a used condition or the outcome.</summary>
    public IReadOnlyList<ExcludedCase> ExcludedCases { get; }

    /// <summary>Inclusion cut for output 1.</summary>
    public double InclusionCut { get; }

    /// <summary>Inclusion below which the output is 0 (between the cuts: "C").</summary>
    public double ExclusionCut { get; }

    /// <summary>PRI cut for output 1.</summary>
    public double PriCut { get; }

    /// <summary>Frequency cut: rows with fewer cases are remainders.</summary>
    public int NCut { get; }

    /// <summary>Number of conditions.</summary>
    public int ConditionCount => Conditions.Count;

    /// <summary>Observed rows where cases with outcome 1 and 0 share the configuration.</summary>
    public IReadOnlyList<TruthTableRow> ContradictoryRows => Rows.Where(r => r.IsContradictory).ToArray();

    /// <summary>Row indices with output 1 (the on-set every solution must cover).</summary>
    public IReadOnlyList<int> PositiveRows => Rows.Where(r => r.Output == OutputValue.True).Select(r => r.Index).ToArray();

    /// <summary>Row indices with output 0 or C (no solution may cover them).</summary>
    public IReadOnlyList<int> NegativeRows =>
        Rows.Where(r => r.Output is OutputValue.False or OutputValue.Contradiction).Select(r => r.Index).ToArray();

    /// <summary>
    /// Logical remainders as row indices: configurations never observed, or observed fewer than
    /// <see cref="NCut"/> times.
    /// </summary>
    public IReadOnlyList<int> Remainders
    {
        get
        {
            var observed = new bool[1 << ConditionCount];
            foreach (var r in Rows)
            {
                if (r.Output != OutputValue.Remainder) observed[r.Index] = true;
            }
            return Enumerable.Range(0, observed.Length).Where(i => !observed[i]).ToArray();
        }
    }

    /// <summary>Builds the truth table of the options' outcome and conditions from crisp data.</summary>
    /// <exception cref="CrispDataException">When an outcome or condition column does not exist.</exception>
    /// <exception cref="ArgumentException">On invalid options (no or duplicate conditions, cuts outside [0, 1]).</exception>
    public static TruthTable Build(CrispDataset data, QcaOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        var outcome = Literal.Parse(options.Outcome);
        var conditions = options.Conditions.Select(Literal.Parse).ToArray();
        Validate(outcome, conditions, options);
        foreach (var name in conditions.Select(c => c.Name).Append(outcome.Name)) _ = data.IndexOf(name); // names a missing column
        var k = conditions.Length;

        var cases = new List<AnalysedCase>();
        var excluded = new List<ExcludedCase>();
        for (var i = 0; i < data.CaseCount; i++)
        {
            var missing = conditions.Select(c => c.Name).Append(outcome.Name).Distinct()
                .Where(name => data.Value(i, name) is null).ToArray();
            if (missing.Length > 0)
            {
                excluded.Add(new ExcludedCase(data.CaseIds[i], missing));
                continue;
            }
            var index = 0;
            for (var j = 0; j < k; j++)
            {
                if (data.Value(i, conditions[j]) == true) index |= 1 << (k - 1 - j);
            }
            cases.Add(new AnalysedCase(data.CaseIds[i], index, data.Value(i, outcome) == true));
        }

        var exclusionCut = options.ExclusionCut ?? options.InclusionCut;
        var rows = cases.GroupBy(c => c.RowIndex).OrderBy(g => g.Key).Select(g =>
        {
            var members = g.ToArray();
            var positive = members.Count(c => c.Outcome);
            var inclusion = (double)positive / members.Length;
            var pri = inclusion; // crisp: no case is in both Y and ~Y, so PRI reduces to inclusion
            var output = Output(members.Length, inclusion, pri, options.InclusionCut, exclusionCut, options.PriCut, options.NCut);
            var configuration = Enumerable.Range(0, k).Select(j => (g.Key & (1 << (k - 1 - j))) != 0).ToArray();
            return new TruthTableRow(g.Key, configuration, members.Select(c => c.CaseId).ToArray(), positive, inclusion, pri, output);
        }).ToArray();
        return new TruthTable(outcome, conditions, rows, cases, excluded, options.InclusionCut, exclusionCut, options.PriCut, options.NCut);
    }

    private static OutputValue Output(int n, double inclusion, double pri, double inclusionCut, double exclusionCut, double priCut, int nCut)
    {
        if (n < nCut) return OutputValue.Remainder;
        if (inclusion >= inclusionCut - CutTolerance) return pri >= priCut - CutTolerance ? OutputValue.True : OutputValue.False;
        return inclusion < exclusionCut - CutTolerance ? OutputValue.False : OutputValue.Contradiction;
    }

    private static void Validate(Literal outcome, Literal[] conditions, QcaOptions options)
    {
        if (conditions.Length == 0) throw new ArgumentException("at least one condition is needed", nameof(options));
        if (conditions.Length > Minimizer.MaxConditions)
        {
            throw new ArgumentException($"{conditions.Length} conditions; at most {Minimizer.MaxConditions} are supported", nameof(options));
        }
        var duplicate = conditions.GroupBy(c => c.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"condition '{duplicate.Key}' is listed more than once", nameof(options));
        if (conditions.Any(c => c.Name == outcome.Name))
        {
            throw new ArgumentException($"the outcome '{outcome.Name}' is also listed as a condition", nameof(options));
        }
        var exclusion = options.ExclusionCut ?? options.InclusionCut;
        if (options.InclusionCut is < 0 or > 1 || exclusion is < 0 or > 1 || exclusion > options.InclusionCut)
        {
            throw new ArgumentException("cuts must satisfy 0 <= exclusion cut <= inclusion cut <= 1", nameof(options));
        }
        if (options.PriCut is < 0 or > 1) throw new ArgumentException("the PRI cut must be between 0 and 1", nameof(options));
        if (options.NCut < 1) throw new ArgumentException("the frequency cut must be at least 1", nameof(options));
        if (options.MaxSolutions < 1) throw new ArgumentException("at least one solution must be allowed", nameof(options));
    }
}
