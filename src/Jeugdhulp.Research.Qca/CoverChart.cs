using System.Numerics;

namespace Jeugdhulp.Research.Qca;

/// <summary>
/// Prime implicant chart and its exact minimum cover (Petrick's problem) solved by reduction (essential
/// implicants, row dominance, independent components) and branch-and-bound with an independent-set lower
/// bound. Column dominance is deliberately not applied: it would discard tied minimal solutions.
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

    /// <summary>All minimum covers as lists of implicant indices.</summary>
    public List<int[]> SolveAll(int maxSolutions, out bool truncated)
    {
        truncated = false;
        var elementSets = new List<int>[_elementCount];
        for (var e = 0; e < _elementCount; e++) elementSets[e] = [];
        for (var s = 0; s < _setElements.Length; s++)
        {
            foreach (var e in _setElements[s]) elementSets[e].Add(s);
        }

        // Essential implicants: the only cover of some element.
        var essential = new SortedSet<int>();
        for (var e = 0; e < _elementCount; e++)
        {
            if (elementSets[e].Count == 1) essential.Add(elementSets[e][0]);
        }
        var done = new bool[_elementCount];
        foreach (var s in essential)
        {
            foreach (var e in _setElements[s]) done[e] = true;
        }

        // Row dominance: an element whose covering sets include all sets of another element is implied.
        var remaining = Enumerable.Range(0, _elementCount).Where(e => !done[e]).ToList();
        var coverSets = new HashSet<int>[_elementCount];
        foreach (var e in remaining) coverSets[e] = [.. elementSets[e]];
        var removed = new bool[_elementCount];
        foreach (var e in remaining.OrderBy(e => elementSets[e].Count).ThenBy(e => e))
        {
            if (removed[e]) continue;
            var pivot = elementSets[e].MinBy(s => _setElements[s].Length);
            foreach (var other in _setElements[pivot])
            {
                if (other == e || done[other] || removed[other]) continue;
                if (elementSets[other].Count >= elementSets[e].Count && coverSets[other].IsSupersetOf(elementSets[e])) removed[other] = true;
            }
        }
        var core = remaining.Where(e => !removed[e]).ToArray();

        // Independent components of the remaining chart.
        var components = Components(core, elementSets);
        var perComponent = new List<List<int[]>>();
        foreach (var component in components)
        {
            var solver = new ComponentSolver(component, elementSets, _setElements, maxSolutions);
            perComponent.Add(solver.Solve(out var t));
            truncated |= t;
        }

        // Cartesian product of the component solutions, prefixed with the essential implicants.
        var results = new List<int[]> { essential.ToArray() };
        foreach (var options in perComponent)
        {
            var next = new List<int[]>();
            foreach (var prefix in results)
            {
                foreach (var option in options)
                {
                    if (next.Count == maxSolutions) { truncated = true; break; }
                    next.Add([.. prefix, .. option]);
                }
            }
            results = next;
        }
        return results;
    }

    private static List<int[]> Components(int[] core, List<int>[] elementSets)
    {
        var parent = new Dictionary<int, int>(); // over sets
        int Find(int x)
        {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        }
        foreach (var e in core)
        {
            foreach (var s in elementSets[e]) parent.TryAdd(s, s);
            var root = Find(elementSets[e][0]);
            foreach (var s in elementSets[e]) parent[Find(s)] = root;
        }
        return core.GroupBy(e => Find(elementSets[e][0])).Select(g => g.ToArray()).ToList();
    }

    /// <summary>Branch-and-bound over one connected component; finds every minimum cover (up to the cap).</summary>
    private sealed class ComponentSolver
    {
        private readonly int[][] _elemSets; // local element -> local sets
        private readonly int[][] _setElems; // local set -> local elements
        private readonly int[] _globalSet;
        private readonly int _max;
        private readonly int[] _coveredBy;
        private readonly bool[] _banned;
        private readonly int[] _mark;
        private readonly int[] _lbOrder;
        private readonly List<int> _chosen = [];
        private readonly List<int[]> _solutions = [];
        private int _stamp;
        private int _best;
        private bool _truncated;

        public ComponentSolver(int[] elements, List<int>[] elementSets, int[][] setElements, int max)
        {
            _max = max;
            var localElem = new Dictionary<int, int>();
            for (var i = 0; i < elements.Length; i++) localElem[elements[i]] = i;
            var sets = elements.SelectMany(e => elementSets[e]).Distinct().Order().ToArray();
            _globalSet = sets;
            var localSet = new Dictionary<int, int>();
            for (var i = 0; i < sets.Length; i++) localSet[sets[i]] = i;
            _elemSets = elements.Select(e => elementSets[e].Select(s => localSet[s]).ToArray()).ToArray();
            _setElems = sets.Select(s => setElements[s].Where(localElem.ContainsKey).Select(e => localElem[e]).ToArray()).ToArray();
            _coveredBy = new int[elements.Length];
            _banned = new bool[sets.Length];
            _mark = new int[sets.Length];
            _lbOrder = Enumerable.Range(0, elements.Length).OrderBy(e => _elemSets[e].Length).ToArray();
        }

        public List<int[]> Solve(out bool truncated)
        {
            _best = GreedySize();
            Search(_coveredBy.Length);
            truncated = _truncated;
            return _solutions.Select(s => s.Select(i => _globalSet[i]).ToArray()).ToList();
        }

        private int GreedySize()
        {
            var covered = new bool[_coveredBy.Length];
            var left = covered.Length;
            var count = 0;
            while (left > 0)
            {
                int bestSet = -1, bestGain = 0;
                for (var s = 0; s < _setElems.Length; s++)
                {
                    var gain = 0;
                    foreach (var e in _setElems[s]) if (!covered[e]) gain++;
                    if (gain > bestGain) { bestGain = gain; bestSet = s; }
                }
                foreach (var e in _setElems[bestSet]) if (!covered[e]) { covered[e] = true; left--; }
                count++;
            }
            return count;
        }

        private void Search(int uncovered)
        {
            if (uncovered == 0)
            {
                Record();
                return;
            }
            var limit = _truncated ? _best - 1 : _best;
            if (_chosen.Count + 1 > limit) return;

            // Branch on the uncovered element with the fewest available sets.
            int pick = -1, pickCount = int.MaxValue;
            for (var e = 0; e < _coveredBy.Length; e++)
            {
                if (_coveredBy[e] != 0) continue;
                var c = 0;
                foreach (var s in _elemSets[e]) if (!_banned[s]) c++;
                if (c < pickCount) { pickCount = c; pick = e; if (c <= 1) break; }
            }
            if (pickCount == 0) return;
            if (_chosen.Count + LowerBound() > limit) return;

            var candidates = _elemSets[pick].Where(s => !_banned[s]).OrderByDescending(Gain).ToArray();
            var bannedHere = new List<int>();
            foreach (var s in candidates)
            {
                _chosen.Add(s);
                var newly = 0;
                foreach (var e in _setElems[s]) if (_coveredBy[e]++ == 0) newly++;
                Search(uncovered - newly);
                foreach (var e in _setElems[s]) _coveredBy[e]--;
                _chosen.RemoveAt(_chosen.Count - 1);
                _banned[s] = true;
                bannedHere.Add(s);
                limit = _truncated ? _best - 1 : _best;
                if (_chosen.Count + 1 > limit) break;
            }
            foreach (var s in bannedHere) _banned[s] = false;
        }

        private int Gain(int s)
        {
            var g = 0;
            foreach (var e in _setElems[s]) if (_coveredBy[e] == 0) g++;
            return g;
        }

        private int LowerBound()
        {
            _stamp++;
            var count = 0;
            foreach (var e in _lbOrder)
            {
                if (_coveredBy[e] != 0) continue;
                var independent = true;
                foreach (var s in _elemSets[e])
                {
                    if (!_banned[s] && _mark[s] == _stamp) { independent = false; break; }
                }
                if (!independent) continue;
                count++;
                foreach (var s in _elemSets[e]) _mark[s] = _stamp;
            }
            return count;
        }

        private void Record()
        {
            var size = _chosen.Count;
            if (size < _best)
            {
                _best = size;
                _solutions.Clear();
                _truncated = false;
            }
            if (size > _best) return;
            if (_solutions.Count < _max) _solutions.Add([.. _chosen]);
            else _truncated = true;
        }
    }
}
