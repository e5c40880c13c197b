using System.Numerics;

namespace Jeugdhulp.Research.Qca;

/// <summary>
/// Prime implicant chart (which on-set rows each implicant covers) and its exact minimum covers (Petrick's
/// problem), solved by <see cref="CoverSolver"/>.
/// </summary>
internal sealed class CoverChart
{
    private readonly int[][] _setElements; // implicant -> covered element indices
    private readonly int _elementCount;

    private CoverChart(int[][] setElements, int elementCount)
    {
        _setElements = setElements;
        _elementCount = elementCount;
    }

    public static CoverChart Build(int conditionCount, int[] elements, IReadOnlyList<Implicant> implicants)
    {
        var rows = 1 << conditionCount;
        var index = new int[rows];
        Array.Fill(index, -1);
        for (var e = 0; e < elements.Length; e++) index[elements[e]] = e;
        var full = rows - 1;
        var sets = new int[implicants.Count][];
        var covered = new bool[elements.Length];
        var buffer = new List<int>();
        for (var s = 0; s < implicants.Count; s++)
        {
            buffer.Clear();
            var imp = implicants[s];
            var free = full & ~imp.Care;
            if (BitOperations.PopCount((uint)free) < 31 && (1L << BitOperations.PopCount((uint)free)) <= elements.Length)
            {
                var sub = free;
                while (true)
                {
                    var e = index[imp.Value | sub];
                    if (e >= 0) buffer.Add(e);
                    if (sub == 0) break;
                    sub = (sub - 1) & free;
                }
                buffer.Sort();
            }
            else
            {
                for (var e = 0; e < elements.Length; e++)
                {
                    if (imp.Covers(elements[e])) buffer.Add(e);
                }
            }
            foreach (var e in buffer) covered[e] = true;
            sets[s] = buffer.ToArray();
        }
        var missing = Array.IndexOf(covered, false);
        if (missing >= 0) throw new ArgumentException($"no implicant covers row index {elements[missing]}", nameof(implicants));
        return new CoverChart(sets, elements.Length);
    }

    /// <summary>All minimum covers as lists of implicant indices (at most <paramref name="maxSolutions"/>).</summary>
    /// <remarks>
    /// Implicants that cover exactly the same rows are interchangeable: the chart is solved over one
    /// representative per class and every solution is expanded over the class members afterwards.
    /// </remarks>
    /// <exception cref="CoverBudgetExceededException">When the optimum is not proven within <paramref name="maxNodes"/> nodes.</exception>
    public List<int[]> SolveAll(int maxSolutions, long maxNodes, out bool truncated)
    {
        var classes = Enumerable.Range(0, _setElements.Length)
            .GroupBy(s => _setElements[s], RowsComparer.Instance)
            .Select(g => g.ToArray())
            .ToArray();
        var distinct = classes.Select(c => _setElements[c[0]]).ToArray();
        var elementSets = new List<int>[_elementCount];
        for (var e = 0; e < _elementCount; e++) elementSets[e] = [];
        for (var s = 0; s < distinct.Length; s++)
        {
            foreach (var e in distinct[s]) elementSets[e].Add(s);
        }
        var solver = new CoverSolver(distinct, elementSets.Select(l => l.ToArray()).ToArray(), maxSolutions, maxNodes);
        var elements = Enumerable.Range(0, _elementCount).ToArray();
        var sets = Enumerable.Range(0, distinct.Length).ToArray();
        var optimum = solver.MinCover(elements, sets);
        var covers = solver.Enumerate(elements, sets, optimum);
        var results = new List<int[]>();
        truncated = false;
        foreach (var cover in covers)
        {
            var expanded = new List<int[]> { Array.Empty<int>() };
            foreach (var cls in cover)
            {
                expanded = expanded.SelectMany(prefix => classes[cls].Select(member => (int[])[.. prefix, member])).Take(maxSolutions + 1).ToList();
            }
            foreach (var solution in expanded)
            {
                if (results.Count == maxSolutions) { truncated = true; break; }
                results.Add(solution);
            }
            if (truncated) break;
        }
        return results;
    }

    /// <summary>Equality of sorted row lists, so identical implicant columns group without building strings.</summary>
    private sealed class RowsComparer : IEqualityComparer<int[]>
    {
        public static readonly RowsComparer Instance = new();

        public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(int[] obj)
        {
            var hash = new HashCode();
            foreach (var e in obj) hash.Add(e);
            return hash.ToHashCode();
        }
    }
}
