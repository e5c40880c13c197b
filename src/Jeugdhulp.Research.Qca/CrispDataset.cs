using System.Collections.ObjectModel;

namespace Jeugdhulp.Research.Qca;

/// <summary>
/// Cases × named crisp variables with values 0, 1 or missing: the raw material of a csQCA, kept separate
/// from the analysis so the same data can be re-analysed with other outcomes, conditions and cuts.
/// </summary>
public sealed record CrispDataset
{
    private readonly bool?[][] _values; // [case][variable]
    private readonly Dictionary<string, int> _variableIndex;

    private CrispDataset(IReadOnlyList<string> caseIds, IReadOnlyList<string> variables, bool?[][] values, string? source)
    {
        CaseIds = caseIds;
        Variables = variables;
        _values = values;
        Source = source;
        _variableIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < variables.Count; i++) _variableIndex[variables[i]] = i;
    }

    /// <summary>Case identifiers, in input order (unique).</summary>
    public IReadOnlyList<string> CaseIds { get; }

    /// <summary>Variable (condition and outcome) names, in input order (unique).</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>Where the data came from (file name), so later errors can name it; null when built in code.</summary>
    public string? Source { get; }

    /// <summary>Number of cases.</summary>
    public int CaseCount => CaseIds.Count;

    /// <summary>
    /// Builds a dataset in code; validates shape, uniqueness of cases and variables, and that every value is
    /// 0, 1 or null (missing).
    /// </summary>
    /// <param name="variables">Variable names.</param>
    /// <param name="rows">One row per case: the case id and one value per variable (0, 1 or null).</param>
    /// <param name="source">Optional source name used in error messages.</param>
    /// <exception cref="CrispDataException">On duplicate cases or variables, wrong row length or non-0/1 values.</exception>
    public static CrispDataset Create(IEnumerable<string> variables, IEnumerable<(string CaseId, IReadOnlyList<int?> Values)> rows, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(rows);
        var vars = variables.ToArray();
        ValidateVariables(vars, source);
        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var values = new List<bool?[]>();
        foreach (var (caseId, raw) in rows)
        {
            if (string.IsNullOrWhiteSpace(caseId)) throw new CrispDataException("empty case identifier", source);
            if (!seen.Add(caseId)) throw new CrispDataException($"duplicate case '{caseId}'", source);
            if (raw.Count != vars.Length)
            {
                throw new CrispDataException($"case '{caseId}' has {raw.Count} values for {vars.Length} variables", source);
            }
            var row = new bool?[vars.Length];
            for (var j = 0; j < vars.Length; j++)
            {
                row[j] = raw[j] switch
                {
                    null => null,
                    0 => false,
                    1 => true,
                    var v => throw new CrispDataException($"case '{caseId}' has value {v}; crisp values must be 0, 1 or missing", source, column: vars[j]),
                };
            }
            ids.Add(caseId);
            values.Add(row);
        }
        return new CrispDataset(new ReadOnlyCollection<string>(ids), Array.AsReadOnly(vars), values.ToArray(), source);
    }

    internal static CrispDataset FromValidated(string[] caseIds, string[] variables, bool?[][] values, string? source) =>
        new(Array.AsReadOnly(caseIds), Array.AsReadOnly(variables), values, source);

    internal static void ValidateVariables(IReadOnlyList<string> variables, string? source, int? line = null)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in variables)
        {
            if (string.IsNullOrWhiteSpace(v)) throw new CrispDataException("empty variable name", source, line);
            if (v.StartsWith('~')) throw new CrispDataException($"variable name '{v}' may not start with '~' (reserved for negation)", source, line);
            if (!seen.Add(v)) throw new CrispDataException($"duplicate variable '{v}'", source, line, v);
        }
    }

    /// <summary>True when the dataset has a variable of this name (case-sensitive).</summary>
    public bool HasVariable(string name) => _variableIndex.ContainsKey(name);

    /// <summary>Raw value of a variable for a case: true (1), false (0) or null (missing).</summary>
    /// <exception cref="CrispDataException">When the variable does not exist.</exception>
    public bool? Value(int caseIndex, string variable) => _values[caseIndex][IndexOf(variable)];

    /// <summary>Value of a (possibly negated) literal for a case; null when missing.</summary>
    public bool? Value(int caseIndex, Literal literal) =>
        Value(caseIndex, literal.Name) is { } v ? literal.Evaluate(v) : null;

    /// <summary>Position of a variable; throws an error naming the missing column and the source.</summary>
    /// <exception cref="CrispDataException">When the variable does not exist.</exception>
    public int IndexOf(string variable)
    {
        if (_variableIndex.TryGetValue(variable, out var i)) return i;
        throw new CrispDataException(
            $"no column '{variable}' (available: {string.Join(", ", Variables)})", Source, column: variable);
    }
}
