namespace Jeugdhulp.Research.Qca;

/// <summary>
/// Exact minimum set cover for prime implicant charts. <see cref="MinCover"/> finds the optimum size with
/// essential-implicant, row- and column-dominance reductions, decomposition into independent components and
/// branch-and-bound; <c>Enumerate</c> lists every cover of that size using only reductions that keep
/// all minimum covers, and descends only into branches the optimum search proves feasible.
/// </summary>
internal sealed class CoverSolver
{
    internal const int Infeasible = int.MaxValue;

    private readonly int _cap;

    public CoverSolver(int[][] setElements, int[][] elementSets, int maxSolutions)
    {
        SetElements = setElements;
        ElementSets = elementSets;
        ElementStamp = new int[elementSets.Length];
        SetStamp = new int[setElements.Length];
        ElementLocal = new int[elementSets.Length];
        SetLocal = new int[setElements.Length];
        _cap = maxSolutions + 1; // one extra to detect truncation
    }

    internal int[][] SetElements { get; }

    internal int[][] ElementSets { get; }

    internal int[] ElementStamp { get; }

    internal int[] SetStamp { get; }

    internal int Stamp { get; set; }

    internal int[] ElementLocal { get; }


    internal int[] SetLocal { get; }

    /// <summary>Size of a minimum cover, or <see cref="Infeasible"/> when none has at most <paramref name="bound"/> sets.</summary>
    public int MinCover(Sub problem, int bound)
    {
        if (bound < 0) return Infeasible;
        if (!problem.Reduce(columnDominance: true, out var forced, out var p)) return Infeasible;
        if (forced.Count > bound) return Infeasible;
        if (p.ElementCount == 0) return forced.Count;
        var left = bound - forced.Count;
        var components = p.Components();
        if (components.Count > 1)
        {
            var lbs = components.Select(c => c.LowerBound()).ToArray();
            var rest = lbs.Sum();
            if (rest > left) return Infeasible;
            var total = 0;
            for (var i = 0; i < components.Count; i++)
            {
                rest -= lbs[i];
                var c = MinCover(components[i], left - total - rest);
                if (c == Infeasible) return Infeasible;
                total += c;
            }
            return forced.Count + total;
        }
        if (p.LowerBound() > left || p.LagrangianBound(left + 1) > left) return Infeasible;
        var best = Infeasible;
        var banned = new List<int>();
        foreach (var s in p.BranchSets())
        {
            var limit = Math.Min(left, best == Infeasible ? int.MaxValue : best - 1) - 1;
            if (limit < 0) break;
            var c = MinCover(p.Choose(s, banned), limit);
            if (c != Infeasible) best = 1 + c;
            banned.Add(s);
        }
        return best == Infeasible ? Infeasible : forced.Count + best;
    }

    /// <summary>Every cover of exactly <paramref name="target"/> sets (the known optimum), up to the cap plus one.</summary>
    public List<int[]> Enumerate(Sub problem, int target)
    {
        var results = new List<int[]>();
        if (target >= 0 && target != Infeasible) Enumerate(problem, target, [], results);
        return results;
    }

    private void Enumerate(Sub problem, int target, List<int> prefix, List<int[]> results)
    {
        if (results.Count >= _cap) return;
        if (!problem.Reduce(columnDominance: false, out var forced, out var p)) return;
        var left = target - forced.Count;
        if (left < 0) return;
        var chosen = new List<int>(prefix);
        chosen.AddRange(forced);
        if (p.ElementCount == 0)
        {
            if (left == 0) results.Add([.. chosen]);
            return;
        }
        if (p.LowerBound() > left || p.LagrangianBound(left + 1) > left) return;
        var components = p.Components();
        if (components.Count > 1)
        {
            var optima = new int[components.Count];
            var sum = 0;
            for (var i = 0; i < components.Count; i++)
            {
                optima[i] = MinCover(components[i], left - sum);
                if (optima[i] == Infeasible) return;
                sum += optima[i];
            }
            if (sum != left) return;
            var partial = new List<int[]> { chosen.ToArray() };
            foreach (var (component, optimum) in components.Zip(optima))
            {
                var options = new List<int[]>();
                Enumerate(component, optimum, [], options);
                var next = new List<int[]>();
                foreach (var head in partial)
                {
                    foreach (var option in options)
                    {
                        if (next.Count + results.Count >= _cap) break;
                        next.Add([.. head, .. option]);
                    }
                }
                partial = next;
            }
            results.AddRange(partial);
            return;
        }
        var banned = new List<int>();
        foreach (var s in p.BranchSets())
        {
            var child = p.Choose(s, banned);
            banned.Add(s);
            if (MinCover(child, left - 1) != left - 1) continue; // this branch holds no minimum cover
            chosen.Add(s);
            Enumerate(child, left - 1, chosen, results);
            chosen.RemoveAt(chosen.Count - 1);
            if (results.Count >= _cap) return;
        }
    }
}

/// <summary>A sub-chart: some elements (rows to cover) and candidate sets (implicants), by global index.</summary>
internal sealed class Sub
{
    private readonly CoverSolver _solver;
    private readonly int[] _elements; // global ids
    private readonly int[] _sets;     // global ids
    private readonly int[][] _elemSets; // local element -> local sets
    private readonly int[][] _setElems; // local set -> local elements

    public Sub(CoverSolver solver, int[] elements, int[] sets)
    {
        _solver = solver;
        _elements = elements;
        _sets = sets;
        var stamp = ++solver.Stamp;
        for (var i = 0; i < elements.Length; i++) { solver.ElementStamp[elements[i]] = stamp; }
        for (var i = 0; i < sets.Length; i++) { solver.SetStamp[sets[i]] = stamp; }
        var localElem = solver.ElementLocal;
        for (var i = 0; i < elements.Length; i++) localElem[elements[i]] = i;
        var localSet = solver.SetLocal;
        for (var i = 0; i < sets.Length; i++) localSet[sets[i]] = i;
        _setElems = new int[sets.Length][];
        for (var i = 0; i < sets.Length; i++)
        {
            var list = new List<int>();
            foreach (var e in solver.SetElements[sets[i]]) if (solver.ElementStamp[e] == stamp) list.Add(localElem[e]);
            _setElems[i] = list.ToArray();
        }
        _elemSets = new int[elements.Length][];
        for (var i = 0; i < elements.Length; i++)
        {
            var list = new List<int>();
            foreach (var s in solver.ElementSets[elements[i]]) if (solver.SetStamp[s] == stamp) list.Add(localSet[s]);
            _elemSets[i] = list.ToArray();
        }
    }

    public int ElementCount => _elements.Length;

    /// <summary>
    /// Applies essential sets and row dominance (and column dominance when asked, which keeps the optimum
    /// but not all optimal covers) until nothing changes. Returns false when some element cannot be covered.
    /// </summary>
    public bool Reduce(bool columnDominance, out List<int> forced, out Sub reduced)
    {
        forced = [];
        reduced = this;
        var nE = _elements.Length;
        var nS = _sets.Length;
        var aliveE = new bool[nE];
        var aliveS = new bool[nS];
        Array.Fill(aliveE, true);
        Array.Fill(aliveS, true);
        var mark = new int[Math.Max(nE, nS)];
        var stamp = 0;
        int Deg(int e) { var d = 0; foreach (var s in _elemSets[e]) if (aliveS[s]) d++; return d; }
        int Size(int s) { var d = 0; foreach (var e in _setElems[s]) if (aliveE[e]) d++; return d; }
        var changed = true;
        var any = false;
        while (changed)
        {
            changed = false;
            for (var e = 0; e < nE; e++)
            {
                if (!aliveE[e]) continue;
                var d = Deg(e);
                if (d == 0) return false;
                if (d > 1) continue;
                var only = _elemSets[e].First(s => aliveS[s]);
                forced.Add(_sets[only]);
                aliveS[only] = false;
                foreach (var x in _setElems[only]) aliveE[x] = false;
                changed = true;
            }
            for (var s = 0; s < nS; s++)
            {
                if (aliveS[s] && Size(s) == 0) { aliveS[s] = false; changed = true; }
            }
            // Row dominance: element x needs every set of e (and more) -> covering e covers x.
            var degrees = new int[nE];
            for (var e = 0; e < nE; e++) degrees[e] = aliveE[e] ? Deg(e) : 0;
            foreach (var e in Enumerable.Range(0, nE).Where(e => aliveE[e]).OrderBy(e => degrees[e]).ToArray())
            {
                if (!aliveE[e]) continue;
                stamp++;
                var pivot = -1;
                var pivotSize = int.MaxValue;
                foreach (var s in _elemSets[e])
                {
                    if (!aliveS[s]) continue;
                    mark[s] = stamp;
                    var size = Size(s);
                    if (size < pivotSize) { pivotSize = size; pivot = s; }
                }
                if (pivot < 0) return false;
                foreach (var x in _setElems[pivot])
                {
                    if (x == e || !aliveE[x] || degrees[x] < degrees[e]) continue;
                    var hits = 0;
                    foreach (var s in _elemSets[x]) if (aliveS[s] && mark[s] == stamp) hits++;
                    if (hits == degrees[e]) { aliveE[x] = false; changed = true; }
                }
            }
            if (!columnDominance) continue;
            // Column dominance: set s whose elements all lie in another set s2 is never needed for the optimum.
            var sizes = new int[nS];
            for (var s = 0; s < nS; s++) sizes[s] = aliveS[s] ? Size(s) : 0;
            foreach (var s in Enumerable.Range(0, nS).Where(s => aliveS[s]).OrderBy(s => sizes[s]).ToArray())
            {
                stamp++;
                var pivot = -1;
                var pivotDeg = int.MaxValue;
                foreach (var e in _setElems[s])
                {
                    if (!aliveE[e]) continue;
                    mark[e] = stamp;
                    var d = Deg(e);
                    if (d < pivotDeg) { pivotDeg = d; pivot = e; }
                }
                if (pivot < 0) { aliveS[s] = false; changed = true; continue; }
                foreach (var s2 in _elemSets[pivot])
                {
                    if (s2 == s || !aliveS[s2] || sizes[s2] < sizes[s]) continue;
                    var hits = 0;
                    foreach (var e in _setElems[s2]) if (aliveE[e] && mark[e] == stamp) hits++;
                    if (hits == sizes[s]) { aliveS[s] = false; changed = true; break; }
                }
            }
            any |= changed;
        }
        if (forced.Count > 0 || any || aliveE.Contains(false) || aliveS.Contains(false))
        {
            reduced = new Sub(_solver,
                Enumerable.Range(0, nE).Where(e => aliveE[e]).Select(e => _elements[e]).ToArray(),
                Enumerable.Range(0, nS).Where(s => aliveS[s]).Select(s => _sets[s]).ToArray());
        }
        return true;
    }

    /// <summary>Splits into independent sub-charts (no shared sets).</summary>
    public List<Sub> Components()
    {
        var parent = Enumerable.Range(0, _sets.Length).ToArray();
        int Find(int x)
        {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        }
        foreach (var sets in _elemSets)
        {
            var root = Find(sets[0]);
            foreach (var s in sets) parent[Find(s)] = root;
        }
        var groups = Enumerable.Range(0, _elements.Length).GroupBy(e => Find(_elemSets[e][0])).ToList();
        if (groups.Count == 1) return [this];
        return groups.Select(g =>
        {
            var elems = g.ToArray();
            var sets = elems.SelectMany(e => _elemSets[e]).Distinct().Order().Select(s => _sets[s]).ToArray();
            return new Sub(_solver, elems.Select(e => _elements[e]).ToArray(), sets);
        }).ToList();
    }

    /// <summary>Lower bound: elements with pairwise disjoint candidate sets each need their own set.</summary>
    public int LowerBound()
    {
        var used = new bool[_sets.Length];
        var count = 0;
        foreach (var e in Enumerable.Range(0, _elements.Length).OrderBy(e => _elemSets[e].Length))
        {
            if (_elemSets[e].Any(s => used[s])) continue;
            count++;
            foreach (var s in _elemSets[e]) used[s] = true;
        }
        var largest = _setElems.Length == 0 ? 1 : Math.Max(1, _setElems.Max(x => x.Length));
        return Math.Max(count, (_elements.Length + largest - 1) / largest);
    }

    /// <summary>
    /// Lagrangian lower bound (approaches the LP relaxation) by subgradient optimisation of element
    /// multipliers; <paramref name="upper"/> is a target above which the caller prunes.
    /// </summary>
    public int LagrangianBound(int upper)
    {
        var nE = _elements.Length;
        var nS = _sets.Length;
        var u = new double[nE];
        for (var e = 0; e < nE; e++) u[e] = 1.0 / _elemSets[e].Max(s => _setElems[s].Length);
        var g = new double[nE];
        var best = 0.0;
        var lambda = 1.0;
        var stall = 0;
        for (var iter = 0; iter < 80; iter++)
        {
            var value = 0.0;
            for (var e = 0; e < nE; e++) { value += u[e]; g[e] = 1; }
            for (var s = 0; s < nS; s++)
            {
                var c = 1.0;
                foreach (var e in _setElems[s]) c -= u[e];
                if (c < 0)
                {
                    value += c;
                    foreach (var e in _setElems[s]) g[e] -= 1;
                }
            }
            if (value > best + 1e-9) { best = value; stall = 0; }
            else if (++stall >= 5) { lambda /= 2; stall = 0; }
            if (Math.Ceiling(best - 1e-6) >= upper || lambda < 1e-3) break;
            var norm = 0.0;
            for (var e = 0; e < nE; e++)
            {
                if (u[e] <= 0 && g[e] < 0) g[e] = 0;
                norm += g[e] * g[e];
            }
            if (norm == 0) break;
            var step = lambda * (upper - value) / norm;
            for (var e = 0; e < nE; e++) u[e] = Math.Max(0, u[e] + step * g[e]);
        }
        return (int)Math.Ceiling(best - 1e-6);
    }

    /// <summary>Global ids of the sets covering the element with the fewest candidates, largest first.</summary>
    public int[] BranchSets()
    {
        var pick = Enumerable.Range(0, _elements.Length).MinBy(e => _elemSets[e].Length);
        return _elemSets[pick].OrderByDescending(s => _setElems[s].Length).ThenBy(s => s).Select(s => _sets[s]).ToArray();
    }

    /// <summary>The sub-chart after choosing global set <paramref name="set"/> and excluding <paramref name="banned"/>.</summary>
    public Sub Choose(int set, List<int> banned)
    {
        var covered = new HashSet<int>(_solver.SetElements[set]);
        var excluded = new HashSet<int>(banned) { set };
        return new Sub(_solver, _elements.Where(e => !covered.Contains(e)).ToArray(), _sets.Where(s => !excluded.Contains(s)).ToArray());
    }
}
