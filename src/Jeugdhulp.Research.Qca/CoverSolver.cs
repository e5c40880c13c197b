namespace Jeugdhulp.Research.Qca;

/// <summary>
/// Exact minimum set cover for prime implicant charts (unit costs). <see cref="MinCover"/> proves the optimum
/// size by branch-and-bound: at every node essential sets, row dominance and column dominance are applied until
/// nothing changes, the chart is split into independent components, and a Lagrangian lower bound (subgradient
/// optimisation of the LP relaxation, warm-started from the parent's multipliers) prunes the node and fixes sets
/// by reduced cost. <see cref="Enumerate"/> then lists every cover of that size, using only the reductions that
/// keep all minimum covers (no column dominance), so tied models are never lost.
/// </summary>
internal sealed class CoverSolver
{
    internal const int Infeasible = int.MaxValue;
    private const double Epsilon = 1e-6;

    private readonly int[][] _setElements;
    private readonly int[][] _elementSets;
    private readonly int _cap;
    private readonly long _maxNodes;
    private readonly double[] _multipliers;
    private readonly int[] _elementMark;
    private readonly int[] _setMark;
    private readonly int[] _degree;
    private readonly int[] _size;
    private readonly int[] _liveStart; // per element of the last marked node: where its sets in that node start
    private readonly int[] _liveCount;
    private readonly int[] _liveBuffer;
    private readonly int[] _parent;
    private readonly int[] _setRow;
    private readonly int[] _probe;
    private readonly int[] _fill;
    private int _stamp;
    private int _probeStamp;

    /// <param name="setElements">Per set the elements it covers (element ids 0..n-1).</param>
    /// <param name="elementSets">Per element the sets that cover it.</param>
    /// <param name="maxSolutions">Cap on enumerated covers (one more is collected to detect truncation).</param>
    /// <param name="maxNodes">Search nodes allowed before <see cref="CoverBudgetExceededException"/>.</param>
    public CoverSolver(int[][] setElements, int[][] elementSets, int maxSolutions, long maxNodes)
    {
        _setElements = setElements;
        _elementSets = elementSets;
        _cap = maxSolutions == int.MaxValue ? int.MaxValue : maxSolutions + 1;
        _maxNodes = maxNodes;
        _multipliers = new double[elementSets.Length];
        for (var e = 0; e < elementSets.Length; e++)
        {
            var largest = 1;
            foreach (var s in elementSets[e]) largest = Math.Max(largest, setElements[s].Length);
            _multipliers[e] = 1.0 / largest;
        }
        _elementMark = new int[elementSets.Length];
        _setMark = new int[setElements.Length];
        _degree = new int[elementSets.Length];
        _size = new int[setElements.Length];
        _liveStart = new int[elementSets.Length];
        _liveCount = new int[elementSets.Length];
        _liveBuffer = new int[setElements.Sum(x => x.Length)];
        _parent = new int[elementSets.Length];
        _setRow = new int[setElements.Length];
        _probe = new int[Math.Max(elementSets.Length, setElements.Length)];
        _fill = new int[elementSets.Length];
    }

    /// <summary>Search nodes visited so far (both phases).</summary>
    public long Nodes { get; private set; }

    /// <summary>Best lower bound proven at the root, for the report when the node budget runs out.</summary>
    public int RootLowerBound { get; private set; }

    /// <summary>Size of the smallest cover found so far (upper bound), <see cref="Infeasible"/> before the first.</summary>
    public int BestFound { get; private set; } = Infeasible;

    /// <summary>Size of a minimum cover of all elements by the given sets.</summary>
    public int MinCover(int[] elements, int[] sets)
    {
        var root = new Node(elements, sets);
        if (!Reduce(ref root, columnDominance: true, out var forced)) return Infeasible;
        if (root.Elements.Length == 0) return forced.Count;
        var greedy = forced.Count + Greedy(root, null);
        RootLowerBound = forced.Count + Math.Max(1, Bound(root, greedy - forced.Count, iterations: 300));
        greedy = Math.Min(greedy, forced.Count + Greedy(root, _multipliers));
        BestFound = greedy;
        // Iterative deepening from the lower bound: each failed target raises the proven bound by one, and the
        // first target that succeeds is the optimum.
        for (var target = RootLowerBound - forced.Count; forced.Count + target < greedy; target++)
        {
            var size = Search(root, target);
            if (size != Infeasible)
            {
                BestFound = forced.Count + size;
                return BestFound;
            }
            RootLowerBound = forced.Count + target + 1;
        }
        return greedy;
    }

    /// <summary>Every cover of exactly <paramref name="target"/> sets (the known optimum), up to the cap plus one.</summary>
    public List<int[]> Enumerate(int[] elements, int[] sets, int target)
    {
        var results = new List<int[]>();
        if (target != Infeasible) Collect(new Node(elements, sets), target, [], results);
        return results;
    }

    /// <summary>Minimum cover size of <paramref name="node"/> if it is at most <paramref name="bound"/>, else <see cref="Infeasible"/>.</summary>
    private int Search(Node node, int bound)
    {
        if (bound < 0) return Infeasible;
        Visit();
        if (!Reduce(ref node, columnDominance: true, out var forced)) return Infeasible;
        var left = bound - forced.Count;
        if (left < 0) return Infeasible;
        if (node.Elements.Length == 0) return forced.Count;
        var components = Components(node);
        if (components.Count > 1)
        {
            var bounds = components.Select(c => Math.Max(1, Bound(c, left + 1, iterations: 30))).ToArray();
            var rest = bounds.Sum();
            var total = 0;
            for (var i = 0; i < components.Count; i++)
            {
                rest -= bounds[i];
                if (total + rest + bounds[i] > left) return Infeasible;
                var c = Search(components[i], left - total - rest);
                if (c == Infeasible) return Infeasible;
                total += c;
            }
            return forced.Count + total;
        }
        if (Bound(node, left + 1, iterations: 50) > left) return Infeasible;
        if (FixByReducedCost(ref node, left, out var fixedIn))
        {
            if (fixedIn.Count > left) return Infeasible;
            var c = Search(node, left - fixedIn.Count);
            return c == Infeasible ? Infeasible : forced.Count + fixedIn.Count + c;
        }
        var best = Infeasible;
        var banned = new HashSet<int>();
        foreach (var s in BranchSets(node))
        {
            var limit = Math.Min(left, best == Infeasible ? int.MaxValue : best - 1) - 1;
            if (limit < 0) break;
            var c = Search(Choose(node, s, banned), limit);
            if (c != Infeasible) best = 1 + c;
            banned.Add(s);
        }
        return best == Infeasible ? Infeasible : forced.Count + best;
    }

    private void Collect(Node node, int target, List<int> prefix, List<int[]> results)
    {
        if (results.Count >= _cap) return;
        Visit();
        if (!Reduce(ref node, columnDominance: false, out var forced)) return;
        var left = target - forced.Count;
        if (left < 0) return;
        var chosen = new List<int>(prefix);
        chosen.AddRange(forced);
        if (node.Elements.Length == 0)
        {
            if (left == 0) results.Add([.. chosen]);
            return;
        }
        var components = Components(node);
        if (components.Count > 1)
        {
            var optima = new int[components.Count];
            var sum = 0;
            for (var i = 0; i < components.Count; i++)
            {
                optima[i] = Search(components[i], left - sum);
                if (optima[i] == Infeasible) return;
                sum += optima[i];
            }
            if (sum != left) return;
            var partial = new List<int[]> { chosen.ToArray() };
            for (var i = 0; i < components.Count; i++)
            {
                var options = new List<int[]>();
                Collect(components[i], optima[i], [], options);
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
        if (Bound(node, left + 1, iterations: 50) > left) return;
        if (FixByReducedCost(ref node, left, out var fixedIn))
        {
            if (fixedIn.Count > left) return;
            chosen.AddRange(fixedIn);
            Collect(node, left - fixedIn.Count, chosen, results);
            return;
        }
        var banned = new HashSet<int>();
        foreach (var s in BranchSets(node))
        {
            var child = Choose(node, s, banned);
            banned.Add(s);
            chosen.Add(s);
            Collect(child, left - 1, chosen, results);
            chosen.RemoveAt(chosen.Count - 1);
            if (results.Count >= _cap) return;
        }
    }

    private void Visit()
    {
        if (++Nodes > _maxNodes) throw new CoverBudgetExceededException(RootLowerBound, BestFound, _maxNodes);
    }

    /// <summary>Marks the node's elements and sets and counts the live degree of each element and size of each set.</summary>
    private int MarkAndCount(Node node)
    {
        var stamp = ++_stamp;
        foreach (var e in node.Elements) { _elementMark[e] = stamp; _degree[e] = 0; }
        foreach (var s in node.Sets)
        {
            _setMark[s] = stamp;
            var size = 0;
            foreach (var e in _setElements[s])
            {
                if (_elementMark[e] != stamp) continue;
                size++;
                _degree[e]++;
            }
            _size[s] = size;
        }
        var start = 0;
        foreach (var e in node.Elements)
        {
            _liveStart[e] = start;
            _liveCount[e] = 0;
            start += _degree[e];
        }
        foreach (var s in node.Sets)
        {
            foreach (var e in _setElements[s]) if (_elementMark[e] == stamp) _liveBuffer[_liveStart[e] + _liveCount[e]++] = s;
        }
        return stamp;
    }

    /// <summary>
    /// Essential sets, row dominance (an element whose sets include all sets of another element is covered
    /// whenever that one is) and, when asked, column dominance (a set whose elements lie within another set's
    /// is never needed for the optimum; this keeps the optimum but not every optimal cover), until nothing changes.
    /// Returns false when some element cannot be covered.
    /// </summary>
    private bool Reduce(ref Node node, bool columnDominance, out List<int> forced)
    {
        forced = [];
        while (true)
        {
            var stamp = MarkAndCount(node);
            var changed = false;
            // Essentials: an element with one candidate set forces that set.
            foreach (var e in node.Elements)
            {
                if (_elementMark[e] != stamp) continue;
                if (_degree[e] == 0) return false;
                if (_degree[e] > 1) continue;
                var only = -1;
                foreach (var s in Live(e)) if (_setMark[s] == stamp) { only = s; break; }
                forced.Add(only);
                RemoveSet(only, stamp);
                foreach (var x in _setElements[only]) if (_elementMark[x] == stamp) RemoveElement(x, stamp);
                changed = true;
            }
            foreach (var s in node.Sets) if (_setMark[s] == stamp && _size[s] == 0) RemoveSet(s, stamp);
            var dominance = RowDominance(node, stamp) | (columnDominance && ColumnDominance(node, stamp));
            if (!changed && !dominance && node.Sets.All(s => _setMark[s] == stamp)) return true;
            node = new Node(
                node.Elements.Where(e => _elementMark[e] == stamp).ToArray(),
                node.Sets.Where(s => _setMark[s] == stamp).ToArray());
            if (!changed && !dominance) return true;
        }
    }

    /// <summary>The sets of element <paramref name="e"/> in the last marked node (some may have been removed since).</summary>
    private ReadOnlySpan<int> Live(int e) => _liveBuffer.AsSpan(_liveStart[e], _liveCount[e]);

    private void RemoveSet(int s, int stamp)
    {
        _setMark[s] = 0;
        foreach (var e in _setElements[s]) if (_elementMark[e] == stamp) _degree[e]--;
    }

    private void RemoveElement(int e, int stamp)
    {
        _elementMark[e] = 0;
        foreach (var s in Live(e)) if (_setMark[s] == stamp) _size[s]--;
    }

    private bool RowDominance(Node node, int stamp)
    {
        var changed = false;
        foreach (var e in node.Elements)
        {
            if (_elementMark[e] != stamp) continue;
            var probe = ++_probeStamp; // marks the live sets of e
            var pivot = -1;
            foreach (var s in Live(e))
            {
                if (_setMark[s] != stamp) continue;
                _probe[s] = probe;
                if (pivot < 0 || _size[s] < _size[pivot]) pivot = s;
            }
            if (pivot < 0) continue;
            foreach (var x in _setElements[pivot])
            {
                if (x == e || _elementMark[x] != stamp || _degree[x] < _degree[e]) continue;
                var hits = 0;
                foreach (var s in Live(x)) if (_setMark[s] == stamp && _probe[s] == probe) hits++;
                if (hits == _degree[e])
                {
                    RemoveElement(x, stamp);
                    changed = true;
                }
            }
        }
        return changed;
    }

    private bool ColumnDominance(Node node, int stamp)
    {
        // Live elements of each set as a bitmask over the node's elements, so subset tests are word operations;
        // on very large charts (more than 1,024 rows left) the masks would cost too much memory, and marks are used.
        var words = (node.Elements.Length + 63) >> 6;
        var useMasks = words <= 16;
        var masks = useMasks ? new ulong[node.Sets.Length * words] : [];
        if (useMasks)
        {
            for (var i = 0; i < node.Elements.Length; i++) _fill[node.Elements[i]] = i;
            for (var i = 0; i < node.Sets.Length; i++)
            {
                var s = node.Sets[i];
                _setRow[s] = i;
                foreach (var e in _setElements[s])
                {
                    if (_elementMark[e] != stamp) continue;
                    var bit = _fill[e];
                    masks[i * words + (bit >> 6)] |= 1UL << (bit & 63);
                }
            }
        }
        var changed = false;
        foreach (var s in node.Sets)
        {
            if (_setMark[s] != stamp) continue;
            var probe = ++_probeStamp; // marks the live elements of s
            var pivot = -1;
            foreach (var e in _setElements[s])
            {
                if (_elementMark[e] != stamp) continue;
                _probe[e] = probe;
                if (pivot < 0 || _degree[e] < _degree[pivot]) pivot = e;
            }
            if (pivot < 0) { RemoveSet(s, stamp); changed = true; continue; }
            foreach (var t in Live(pivot))
            {
                if (t == s || _setMark[t] != stamp || _size[t] < _size[s]) continue;
                if (useMasks ? Within(masks, _setRow[s], _setRow[t], words) : CountMarked(t, stamp, probe) == _size[s])
                {
                    RemoveSet(s, stamp);
                    changed = true;
                    break;
                }
            }
        }
        return changed;
    }

    private static bool Within(ulong[] masks, int inner, int outer, int words)
    {
        for (var w = 0; w < words; w++)
        {
            if ((masks[inner * words + w] & ~masks[outer * words + w]) != 0) return false;
        }
        return true;
    }

    private int CountMarked(int set, int stamp, int probe)
    {
        var hits = 0;
        foreach (var e in _setElements[set]) if (_elementMark[e] == stamp && _probe[e] == probe) hits++;
        return hits;
    }

    /// <summary>
    /// Lagrangian lower bound on the cover size of <paramref name="node"/>: for multipliers u ≥ 0,
    /// Σu_e + Σ_s min(0, 1 − Σ_{e∈s} u_e) bounds every cover from below, so any u gives a valid bound; subgradient
    /// steps move u towards the LP optimum and stop as soon as the bound reaches <paramref name="target"/>.
    /// </summary>
    private int Bound(Node node, int target, int iterations)
    {
        // Compact copy of the node (local element indices per set), so the iterations run over dense arrays.
        var n = node.Elements.Length;
        var stamp = ++_stamp;
        for (var i = 0; i < n; i++) { _elementMark[node.Elements[i]] = stamp; _fill[node.Elements[i]] = i; }
        var starts = new int[node.Sets.Length + 1];
        var flat = new List<int>(node.Sets.Length * 4);
        for (var k = 0; k < node.Sets.Length; k++)
        {
            foreach (var e in _setElements[node.Sets[k]]) if (_elementMark[e] == stamp) flat.Add(_fill[e]);
            starts[k + 1] = flat.Count;
        }
        var members = flat.ToArray();
        var u = new double[n];
        var bestU = new double[n];
        var g = new double[n];
        for (var i = 0; i < n; i++) u[i] = _multipliers[node.Elements[i]];
        var best = double.NegativeInfinity;
        var lambda = 1.0;
        var stall = 0;
        var goal = Math.Min(target, n);
        for (var iter = 0; iter < iterations; iter++)
        {
            var value = 0.0;
            for (var i = 0; i < n; i++) { value += u[i]; g[i] = 1; }
            for (var k = 0; k < node.Sets.Length; k++)
            {
                var c = 1.0;
                for (var m = starts[k]; m < starts[k + 1]; m++) c -= u[members[m]];
                if (c >= 0) continue;
                value += c;
                for (var m = starts[k]; m < starts[k + 1]; m++) g[members[m]] -= 1;
            }
            if (value > best + 1e-9)
            {
                best = value;
                stall = 0;
                Array.Copy(u, bestU, n);
            }
            else if (++stall >= 4) { lambda /= 2; stall = 0; }
            if (Math.Ceiling(best - Epsilon) >= goal || lambda < 1e-4) break;
            var norm = 0.0;
            for (var i = 0; i < n; i++)
            {
                if (u[i] <= 0 && g[i] < 0) g[i] = 0;
                norm += g[i] * g[i];
            }
            if (norm == 0) break;
            var step = lambda * (goal + 0.5 - value) / norm;
            for (var i = 0; i < n; i++) u[i] = Math.Max(0, u[i] + step * g[i]);
        }
        // Warm start for the children, and reduced-cost fixing uses the best multipliers.
        for (var i = 0; i < n; i++) _multipliers[node.Elements[i]] = bestU[i];
        return (int)Math.Ceiling(best - Epsilon);
    }

    /// <summary>
    /// Reduced-cost fixing with the current multipliers: every cover x satisfies
    /// |x| ≥ L(u) + Σ_{s∈x, rc&gt;0} rc_s + Σ_{s∉x, rc&lt;0} |rc_s|, so a set whose inclusion (or exclusion) alone
    /// pushes the bound past <paramref name="left"/> is removed (or forced). Valid for enumeration too, as it only
    /// drops covers larger than <paramref name="left"/>.
    /// </summary>
    private bool FixByReducedCost(ref Node node, int left, out List<int> fixedIn)
    {
        var forced = new List<int>();
        fixedIn = forced;
        var stamp = MarkAndCount(node);
        var u = _multipliers;
        var value = 0.0;
        foreach (var e in node.Elements) value += u[e];
        var costs = new double[node.Sets.Length];
        for (var i = 0; i < node.Sets.Length; i++)
        {
            var c = 1.0;
            foreach (var e in _setElements[node.Sets[i]]) if (_elementMark[e] == stamp) c -= u[e];
            costs[i] = c;
            if (c < 0) value += c;
        }
        var keep = new List<int>(node.Sets.Length);
        var changed = false;
        for (var i = 0; i < node.Sets.Length; i++)
        {
            var s = node.Sets[i];
            if (value + Math.Abs(costs[i]) <= left + Epsilon) { keep.Add(s); continue; }
            changed = true;
            if (costs[i] < 0) forced.Add(s);
        }
        if (!changed) return false;
        var covered = new HashSet<int>(forced.SelectMany(s => _setElements[s]));
        node = new Node(node.Elements.Where(e => !covered.Contains(e)).ToArray(), keep.ToArray());
        return true;
    }

    /// <summary>
    /// Greedy cover, the first upper bound: most new elements first, redundant sets dropped afterwards. With
    /// Lagrangian multipliers, sets of negative reduced cost are taken first, ties go to the cheaper set and
    /// the dearest sets are dropped first (the primal heuristic of Lagrangian set-covering methods).
    /// </summary>
    private int Greedy(Node node, double[]? multipliers)
    {
        var stamp = MarkAndCount(node);
        var cost = new Dictionary<int, double>(node.Sets.Length);
        foreach (var s in node.Sets)
        {
            var c = 1.0;
            if (multipliers is not null) foreach (var e in _setElements[s]) if (_elementMark[e] == stamp) c -= multipliers[e];
            cost[s] = c;
        }
        var chosen = new List<int>();
        var left = node.Elements.Length;
        void Take(int s)
        {
            chosen.Add(s);
            foreach (var e in _setElements[s]) if (_elementMark[e] == stamp) { _elementMark[e] = 0; left--; }
        }
        if (multipliers is not null)
        {
            foreach (var s in node.Sets.Where(s => cost[s] < 0).OrderBy(s => cost[s]))
            {
                if (_setElements[s].Any(e => _elementMark[e] == stamp)) Take(s);
            }
        }
        var queue = new PriorityQueue<int, (int, double)>();
        foreach (var s in node.Sets) queue.Enqueue(s, (-_size[s], cost[s]));
        while (left > 0 && queue.TryDequeue(out var s, out var priority))
        {
            var fresh = 0;
            foreach (var e in _setElements[s]) if (_elementMark[e] == stamp) fresh++;
            if (fresh == 0) continue;
            if (fresh < -priority.Item1) { queue.Enqueue(s, (-fresh, cost[s])); continue; } // stale count: re-queue
            Take(s);
        }
        var elements = new HashSet<int>(node.Elements);
        var count = new Dictionary<int, int>();
        foreach (var s in chosen) foreach (var e in _setElements[s]) if (elements.Contains(e)) count[e] = count.GetValueOrDefault(e) + 1;
        var size = chosen.Count;
        foreach (var s in chosen.OrderByDescending(s => cost[s]).ThenByDescending(chosen.IndexOf))
        {
            var own = _setElements[s].Where(elements.Contains).ToArray();
            if (own.Any(e => count[e] == 1)) continue;
            foreach (var e in own) count[e]--;
            size--;
        }
        return size;
    }

    /// <summary>Splits a node into independent sub-charts (no shared sets).</summary>
    private List<Node> Components(Node node)
    {
        var stamp = ++_stamp;
        foreach (var e in node.Elements) { _elementMark[e] = stamp; _parent[e] = e; }
        int Find(int x)
        {
            while (_parent[x] != x) x = _parent[x] = _parent[_parent[x]];
            return x;
        }
        var roots = node.Elements.Length;
        foreach (var s in node.Sets)
        {
            var first = -1;
            foreach (var e in _setElements[s])
            {
                if (_elementMark[e] != stamp) continue;
                if (first < 0) { first = Find(e); continue; }
                var r = Find(e);
                if (r == first) continue;
                _parent[r] = first;
                roots--;
            }
        }
        if (roots == 1) return [node];
        var elementsOf = node.Elements.GroupBy(Find).ToDictionary(g => g.Key, g => g.ToArray());
        var setsOf = node.Sets
            .Select(s => (Set: s, Root: _setElements[s].Where(e => _elementMark[e] == stamp).Select(Find).DefaultIfEmpty(-1).First()))
            .Where(x => x.Root >= 0)
            .ToLookup(x => x.Root, x => x.Set);
        return elementsOf.Select(g => new Node(g.Value, setsOf[g.Key].ToArray())).ToList();
    }

    /// <summary>The sets covering the element with the fewest candidates, largest (then cheapest) first.</summary>
    private int[] BranchSets(Node node)
    {
        var stamp = MarkAndCount(node);
        var pick = node.Elements.MinBy(e => _degree[e]);
        var u = _multipliers;
        double Cost(int s)
        {
            var c = 1.0;
            foreach (var e in _setElements[s]) if (_elementMark[e] == stamp) c -= u[e];
            return c;
        }
        return Live(pick).ToArray().Where(s => _setMark[s] == stamp)
            .OrderBy(Cost).ThenByDescending(s => _size[s]).ThenBy(s => s).ToArray();
    }

    /// <summary>The node after choosing set <paramref name="set"/> and excluding <paramref name="banned"/>.</summary>
    private Node Choose(Node node, int set, HashSet<int> banned)
    {
        var covered = new HashSet<int>(_setElements[set]);
        return new Node(
            node.Elements.Where(e => !covered.Contains(e)).ToArray(),
            node.Sets.Where(s => s != set && !banned.Contains(s)).ToArray());
    }

    /// <summary>A sub-chart: elements still to cover and sets still allowed, by id.</summary>
    private readonly record struct Node(int[] Elements, int[] Sets);
}

/// <summary>
/// Thrown when the exact minimum cover is not proven within the node budget, so that an unproven cover is
/// never reported as minimal. Carries the bounds reached, which tell how far the search got.
/// </summary>
public sealed class CoverBudgetExceededException : Exception
{
    /// <summary>Creates the exception with the bounds reached.</summary>
    public CoverBudgetExceededException(int lowerBound, int bestFound, long nodes)
        : base(lowerBound >= bestFound
            ? $"the minimal solutions have {bestFound} terms, but listing all of them did not finish within {nodes} search nodes"
            : bestFound == int.MaxValue
                ? $"the exact minimum cover was not proven within {nodes} search nodes: no cover found yet{(lowerBound > 0 ? $", a minimal solution has at least {lowerBound} terms" : "")}"
                : $"the exact minimum cover was not proven within {nodes} search nodes: a minimal solution has between {lowerBound} and {bestFound} terms")
    {
        LowerBound = lowerBound;
        BestFound = bestFound;
        Nodes = nodes;
    }

    /// <summary>Proven lower bound on the number of terms of a minimal solution.</summary>
    public int LowerBound { get; }

    /// <summary>Number of terms of the smallest cover found (upper bound).</summary>
    public int BestFound { get; }

    /// <summary>The node budget that ran out.</summary>
    public long Nodes { get; }
}
