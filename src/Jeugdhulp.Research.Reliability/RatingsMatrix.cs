using System.Collections.ObjectModel;
using System.Globalization;

namespace Jeugdhulp.Research.Reliability;

/// <summary>
/// An immutable units × coders table of category codes. Cells hold the index of a category in
/// <see cref="Categories"/> or <see cref="Missing"/>; storing small integers row-major (one row per unit)
/// keeps a million-unit study in a few megabytes and lets the coefficients stream through it once.
/// </summary>
/// <remarks>
/// Category order matters for ordinal Krippendorff's alpha and weighted Cohen's kappa. When every label is a
/// finite number (invariant culture, e.g. "3" or "2.5") the matrix is numeric: categories are ordered by value,
/// labels with the same value ("1" and "1.0") are the same category, and <see cref="CategoryValues"/> gives the
/// values used by the interval and ratio metrics. Otherwise categories are ordered by ordinal string comparison
/// unless an explicit order is supplied.
/// </remarks>
public sealed class RatingsMatrix
{
    /// <summary>Code of a missing cell (the coder did not code that unit).</summary>
    public const int Missing = -1;

    private readonly int[] _cells;
    private readonly double[]? _values;

    private RatingsMatrix(int[] cells, int unitCount, int coderCount, string[] categories, double[]? values,
        string[] unitIds, string[] coderNames)
    {
        _cells = cells;
        _values = values;
        UnitCount = unitCount;
        CoderCount = coderCount;
        Categories = Array.AsReadOnly(categories);
        CategoryValues = values is null ? null : Array.AsReadOnly(values);
        UnitIds = Array.AsReadOnly(unitIds);
        CoderNames = Array.AsReadOnly(coderNames);
    }

    /// <summary>Number of units (rows).</summary>
    public int UnitCount { get; }

    /// <summary>Number of coders (columns).</summary>
    public int CoderCount { get; }

    /// <summary>Number of categories (distinct values).</summary>
    public int CategoryCount => Categories.Count;

    /// <summary>Category labels in their order; a cell value is an index into this list.</summary>
    public ReadOnlyCollection<string> Categories { get; }

    /// <summary>Numeric value of each category, or null when some label is not a number (interval and ratio alpha then refuse the matrix).</summary>
    public ReadOnlyCollection<double>? CategoryValues { get; }

    /// <summary>True when every category has a numeric value.</summary>
    public bool HasNumericValues => _values is not null;

    /// <summary>Unit identifiers, one per row (defaults to "1", "2", …).</summary>
    public ReadOnlyCollection<string> UnitIds { get; }

    /// <summary>Coder names, one per column (defaults to "coder1", "coder2", …).</summary>
    public ReadOnlyCollection<string> CoderNames { get; }

    /// <summary>All cells row-major (unit 0 coders 0..C-1, unit 1, …); exposed read-only so callers can stream it without copying.</summary>
    public ReadOnlySpan<int> Cells => _cells;

    internal int[] RawCells => _cells;

    internal double[]? RawValues => _values;

    /// <summary>Category index given by <paramref name="coder"/> to <paramref name="unit"/>, or <see cref="Missing"/>.</summary>
    public int this[int unit, int coder]
    {
        get
        {
            if ((uint)unit >= (uint)UnitCount) throw new ArgumentOutOfRangeException(nameof(unit));
            if ((uint)coder >= (uint)CoderCount) throw new ArgumentOutOfRangeException(nameof(coder));
            return _cells[unit * CoderCount + coder];
        }
    }

    /// <summary>The codes of one unit, one per coder.</summary>
    public ReadOnlySpan<int> GetUnit(int unit)
    {
        if ((uint)unit >= (uint)UnitCount) throw new ArgumentOutOfRangeException(nameof(unit));
        return _cells.AsSpan(unit * CoderCount, CoderCount);
    }

    /// <summary>Label given by <paramref name="coder"/> to <paramref name="unit"/>, or null when missing.</summary>
    public string? GetLabel(int unit, int coder)
    {
        var code = this[unit, coder];
        return code == Missing ? null : Categories[code];
    }

    /// <summary>
    /// Builds a matrix from string labels, one list per unit with one entry per coder; null or blank is missing.
    /// This is the friendly entry point; labels are trimmed.
    /// </summary>
    /// <param name="units">One row per unit; all rows must have the same length (the number of coders).</param>
    /// <param name="categoryOrder">Optional explicit category order (needed for ordinal data with text labels, or to include categories nobody used); every label must appear in it.</param>
    /// <param name="unitIds">Optional unit identifiers (default "1".."N").</param>
    /// <param name="coderNames">Optional coder names (default "coder1"..).</param>
    public static RatingsMatrix FromLabels(IEnumerable<IReadOnlyList<string?>> units, IReadOnlyList<string>? categoryOrder = null,
        IReadOnlyList<string>? unitIds = null, IReadOnlyList<string>? coderNames = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        var rows = units as IReadOnlyList<IReadOnlyList<string?>> ?? units.ToList();
        var coderCount = rows.Count > 0 ? rows[0].Count : coderNames?.Count ?? 0;
        for (var u = 0; u < rows.Count; u++)
        {
            if (rows[u] is null) throw new ArgumentException($"Unit {u + 1} is null.", nameof(units));
            if (rows[u].Count != coderCount)
                throw new ArgumentException($"Unit {u + 1} has {rows[u].Count} ratings but unit 1 has {coderCount}; every unit needs one entry per coder (null for missing).", nameof(units));
        }

        var encoder = new LabelEncoder(categoryOrder);
        var cells = new int[checked(rows.Count * coderCount)];
        for (var u = 0; u < rows.Count; u++)
        {
            var row = rows[u];
            for (var c = 0; c < coderCount; c++) cells[u * coderCount + c] = encoder.Encode(row[c]);
        }

        var (categories, values, remap) = encoder.Finish();
        if (remap is not null)
        {
            for (var i = 0; i < cells.Length; i++)
                if (cells[i] >= 0) cells[i] = remap[cells[i]];
        }
        return new RatingsMatrix(cells, rows.Count, coderCount, categories, values,
            Names(unitIds, rows.Count, "unit ids", i => (i + 1).ToString(CultureInfo.InvariantCulture)),
            Names(coderNames, coderCount, "coder names", i => "coder" + (i + 1).ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>Builds a two-coder matrix from two parallel label lists (the shape Cohen's kappa is usually called with).</summary>
    public static RatingsMatrix FromPairs(IReadOnlyList<string?> coderA, IReadOnlyList<string?> coderB, IReadOnlyList<string>? categoryOrder = null)
    {
        ArgumentNullException.ThrowIfNull(coderA);
        ArgumentNullException.ThrowIfNull(coderB);
        if (coderA.Count != coderB.Count)
            throw new ArgumentException($"The two coders rated {coderA.Count} and {coderB.Count} units; the lists must be parallel.", nameof(coderB));
        var encoder = new LabelEncoder(categoryOrder);
        var cells = new int[checked(2 * coderA.Count)];
        for (var i = 0; i < coderA.Count; i++)
        {
            cells[2 * i] = encoder.Encode(coderA[i]);
            cells[2 * i + 1] = encoder.Encode(coderB[i]);
        }
        var (categories, values, remap) = encoder.Finish();
        if (remap is not null)
        {
            for (var i = 0; i < cells.Length; i++)
                if (cells[i] >= 0) cells[i] = remap[cells[i]];
        }
        return new RatingsMatrix(cells, coderA.Count, 2, categories, values,
            Names(null, coderA.Count, "unit ids", i => (i + 1).ToString(CultureInfo.InvariantCulture)),
            ["coder1", "coder2"]);
    }

    /// <summary>
    /// Builds a matrix from category indices (row-major, <see cref="Missing"/> for missing); the compact form for large
    /// studies. The cells are copied and validated so the matrix stays immutable.
    /// </summary>
    /// <param name="cells">Row-major codes, length units × <paramref name="coderCount"/>.</param>
    /// <param name="coderCount">Number of coders (columns).</param>
    /// <param name="categories">Category labels in order; codes index into it.</param>
    /// <param name="categoryValues">Optional numeric value per category; when null, values are parsed from the labels if they are all numeric.</param>
    /// <param name="unitIds">Optional unit identifiers.</param>
    /// <param name="coderNames">Optional coder names.</param>
    public static RatingsMatrix FromCodes(ReadOnlySpan<int> cells, int coderCount, IReadOnlyList<string> categories,
        IReadOnlyList<double>? categoryValues = null, IReadOnlyList<string>? unitIds = null, IReadOnlyList<string>? coderNames = null)
    {
        ArgumentNullException.ThrowIfNull(categories);
        if (coderCount < 1) throw new ArgumentOutOfRangeException(nameof(coderCount), "A ratings matrix needs at least one coder.");
        if (cells.Length % coderCount != 0)
            throw new ArgumentException($"{cells.Length} cells cannot be split into rows of {coderCount} coders.", nameof(cells));
        var k = categories.Count;
        var copy = cells.ToArray();
        for (var i = 0; i < copy.Length; i++)
        {
            var v = copy[i];
            if (v < Missing || v >= k)
                throw new ArgumentException($"Cell {i} (unit {i / coderCount + 1}, coder {i % coderCount + 1}) has code {v}; codes must be -1 (missing) or 0..{k - 1}.", nameof(cells));
        }

        var labels = categories.ToArray();
        if (labels.Distinct(StringComparer.Ordinal).Count() != labels.Length)
            throw new ArgumentException("Category labels must be distinct.", nameof(categories));
        double[]? values;
        if (categoryValues is not null)
        {
            if (categoryValues.Count != k) throw new ArgumentException($"Got {categoryValues.Count} category values for {k} categories.", nameof(categoryValues));
            values = categoryValues.ToArray();
            if (values.Any(v => !double.IsFinite(v))) throw new ArgumentException("Category values must be finite.", nameof(categoryValues));
        }
        else
        {
            values = TryParseAll(labels);
        }

        var units = copy.Length / coderCount;
        return new RatingsMatrix(copy, units, coderCount, labels, values,
            Names(unitIds, units, "unit ids", i => (i + 1).ToString(CultureInfo.InvariantCulture)),
            Names(coderNames, coderCount, "coder names", i => "coder" + (i + 1).ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>Builds a numeric matrix from values (null = missing); categories are the distinct values in ascending order.</summary>
    public static RatingsMatrix FromValues(IEnumerable<IReadOnlyList<double?>> units, IReadOnlyList<string>? unitIds = null, IReadOnlyList<string>? coderNames = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        var rows = units as IReadOnlyList<IReadOnlyList<double?>> ?? units.ToList();
        var coderCount = rows.Count > 0 ? rows[0].Count : coderNames?.Count ?? 0;
        var distinct = new SortedSet<double>();
        foreach (var row in rows)
        {
            if (row.Count != coderCount) throw new ArgumentException("Every unit needs one entry per coder (null for missing).", nameof(units));
            foreach (var v in row)
            {
                if (v is not { } x) continue;
                if (!double.IsFinite(x)) throw new ArgumentException($"Value {x} is not finite.", nameof(units));
                distinct.Add(x == 0 ? 0 : x); // fold -0 into 0
            }
        }

        var values = distinct.ToArray();
        var index = new Dictionary<double, int>(values.Length);
        for (var i = 0; i < values.Length; i++) index[values[i]] = i;
        var cells = new int[checked(rows.Count * coderCount)];
        for (var u = 0; u < rows.Count; u++)
            for (var c = 0; c < coderCount; c++)
                cells[u * coderCount + c] = rows[u][c] is { } x ? index[x == 0 ? 0 : x] : Missing;
        var labels = values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)).ToArray();
        return new RatingsMatrix(cells, rows.Count, coderCount, labels, values,
            Names(unitIds, rows.Count, "unit ids", i => (i + 1).ToString(CultureInfo.InvariantCulture)),
            Names(coderNames, coderCount, "coder names", i => "coder" + (i + 1).ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>A matrix with only the given coders, in the given order (e.g. two coders of five for Cohen's kappa); categories are kept.</summary>
    public RatingsMatrix SelectCoders(params int[] coders)
    {
        ArgumentNullException.ThrowIfNull(coders);
        foreach (var c in coders)
            if ((uint)c >= (uint)CoderCount) throw new ArgumentOutOfRangeException(nameof(coders), $"Coder index {c} is outside 0..{CoderCount - 1}.");
        var cells = new int[checked(UnitCount * coders.Length)];
        for (var u = 0; u < UnitCount; u++)
            for (var j = 0; j < coders.Length; j++)
                cells[u * coders.Length + j] = _cells[u * CoderCount + coders[j]];
        return new RatingsMatrix(cells, UnitCount, coders.Length, Categories.ToArray(), _values?.ToArray(), UnitIds.ToArray(),
            coders.Select(c => CoderNames[c]).ToArray());
    }

    /// <summary>A matrix with only the given units, in the given order (repeats allowed); used for resampling and for subsets of a study.</summary>
    public RatingsMatrix SelectUnits(IReadOnlyList<int> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var cells = new int[checked(units.Count * CoderCount)];
        var ids = new string[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i];
            if ((uint)u >= (uint)UnitCount) throw new ArgumentOutOfRangeException(nameof(units), $"Unit index {u} is outside 0..{UnitCount - 1}.");
            Array.Copy(_cells, u * CoderCount, cells, i * CoderCount, CoderCount);
            ids[i] = UnitIds[u];
        }
        return new RatingsMatrix(cells, units.Count, CoderCount, Categories.ToArray(), _values?.ToArray(), ids, CoderNames.ToArray());
    }

    internal static double[]? TryParseAll(IReadOnlyList<string> labels)
    {
        var values = new double[labels.Count];
        for (var i = 0; i < labels.Count; i++)
        {
            if (!TryParseNumber(labels[i], out values[i])) return null;
        }
        return values;
    }

    internal static bool TryParseNumber(string label, out double value) =>
        double.TryParse(label, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static string[] Names(IReadOnlyList<string>? given, int count, string what, Func<int, string> fallback)
    {
        if (given is null) return Enumerable.Range(0, count).Select(fallback).ToArray();
        if (given.Count != count) throw new ArgumentException($"Got {given.Count} {what} for {count} entries.");
        return given.ToArray();
    }

    /// <summary>Assigns provisional codes in first-seen order and fixes the final order at the end.</summary>
    private sealed class LabelEncoder
    {
        private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
        private readonly List<string> _labels = [];
        private readonly bool _fixedOrder;

        public LabelEncoder(IReadOnlyList<string>? order)
        {
            if (order is null) return;
            _fixedOrder = true;
            foreach (var label in order)
            {
                var key = label?.Trim() ?? throw new ArgumentException("Category order contains null.", nameof(order));
                if (!_codes.TryAdd(key, _labels.Count)) throw new ArgumentException($"Category order lists '{key}' twice.", nameof(order));
                _labels.Add(key);
            }
        }

        public int Encode(string? raw)
        {
            if (string.IsNullOrWhiteSpace(raw)) return Missing;
            var label = raw.Trim();
            if (_codes.TryGetValue(label, out var code)) return code;
            if (_fixedOrder) throw new ArgumentException($"Label '{label}' is not in the given category order ({string.Join(", ", _labels)}).");
            code = _labels.Count;
            _codes.Add(label, code);
            _labels.Add(label);
            return code;
        }

        /// <summary>Returns final labels, values and a provisional-to-final code map (null when codes are already final).</summary>
        public (string[] Labels, double[]? Values, int[]? Remap) Finish()
        {
            var labels = _labels.ToArray();
            var values = TryParseAll(labels);
            if (_fixedOrder) return (labels, values, null);

            int[] order;
            if (values is not null)
            {
                order = Enumerable.Range(0, labels.Length).OrderBy(i => values[i]).ThenBy(i => i).ToArray();
            }
            else
            {
                order = Enumerable.Range(0, labels.Length).OrderBy(i => labels[i], StringComparer.Ordinal).ToArray();
            }

            var remap = new int[labels.Length];
            var finalLabels = new List<string>();
            var finalValues = new List<double>();
            for (var r = 0; r < order.Length; r++)
            {
                var i = order[r];
                // Numeric labels with equal value ("1", "1.0") are one category, named by the first spelling seen.
                if (values is not null && finalValues.Count > 0 && finalValues[^1] == values[i])
                {
                    remap[i] = finalValues.Count - 1;
                    continue;
                }
                remap[i] = finalLabels.Count;
                finalLabels.Add(labels[i]);
                if (values is not null) finalValues.Add(values[i] == 0 ? 0 : values[i]);
            }
            return (finalLabels.ToArray(), values is null ? null : finalValues.ToArray(), remap);
        }
    }
}
