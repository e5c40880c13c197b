using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Jeugdhulp.Research.Reliability;

/// <summary>
/// The units of a matrix (restricted to some coders) as weighted rows. When the number of possible rows is small
/// (few coders, few categories) identical units are collapsed into one row with a count: one cheap pass packs each
/// unit into an integer key and counts keys, after which every coefficient works on at most a few thousand rows.
/// Otherwise the rows are the matrix itself with weight 1. Bootstrap replicates re-weight the rows.
/// </summary>
internal sealed class UnitTable
{
    private const int MaxKeyBits = 22;
    private readonly RatingsMatrix _matrix;
    private readonly int[] _columns;
    private readonly bool _allColumns;
    private readonly int _keyBits; // bits per cell in the packed key, 0 when rows are not collapsed
    private int[]? _keyToRow;

    private UnitTable(RatingsMatrix matrix, int[] columns, bool allColumns, int[] rows, int rowCount, long[]? counts, int keyBits, int[]? keyToRow)
    {
        _matrix = matrix;
        _columns = columns;
        _allColumns = allColumns;
        Rows = rows;
        RowCount = rowCount;
        Counts = counts;
        _keyBits = keyBits;
        _keyToRow = keyToRow;
    }

    /// <summary>Row-major codes, <see cref="Width"/> per row.</summary>
    public int[] Rows { get; }

    /// <summary>Number of rows.</summary>
    public int RowCount { get; }

    /// <summary>Codes per row (number of selected coders).</summary>
    public int Width => _columns.Length;

    /// <summary>Number of categories.</summary>
    public int CategoryCount => _matrix.CategoryCount;

    /// <summary>Multiplicity of each row, or null when every row is one unit.</summary>
    public long[]? Counts { get; }

    /// <summary>The matrix the table was built from.</summary>
    public RatingsMatrix Matrix => _matrix;

    public static UnitTable Build(RatingsMatrix matrix, int[]? columns = null)
    {
        var coders = matrix.CoderCount;
        var all = columns is null;
        columns ??= Enumerable.Range(0, coders).ToArray();
        if (!all && columns.Length == coders && columns.Select((c, i) => c == i).All(b => b)) all = true;
        var width = columns.Length;
        var units = matrix.UnitCount;
        var k = matrix.CategoryCount;
        var cells = matrix.RawCells;

        if (width > 0 && k > 0)
        {
            var bits = 32 - BitOperations.LeadingZeroCount((uint)k); // codes + 1 lie in 0..k
            var totalBits = bits * width;
            if (totalBits <= MaxKeyBits && (1L << totalBits) <= Math.Max(4096L, 2L * units))
                return Collapse(matrix, columns, all, bits, totalBits);
        }

        if (all) return new UnitTable(matrix, columns, true, cells, units, null, 0, null);
        var rows = new int[checked(units * width)];
        for (var u = 0; u < units; u++)
            for (var j = 0; j < width; j++)
                rows[u * width + j] = cells[u * coders + columns[j]];
        return new UnitTable(matrix, columns, false, rows, units, null, 0, null);
    }

    private static UnitTable Collapse(RatingsMatrix matrix, int[] columns, bool all, int bits, int totalBits)
    {
        var space = 1 << totalBits;
        // Several histogram copies break the store-to-load dependency when consecutive units have the same key.
        var lanes = space <= 1 << 14 ? 4 : 1;
        var hist = new int[space * lanes];
        CountKeys(matrix, columns, all, bits, hist, space, lanes);

        var width = columns.Length;
        var mask = (1 << bits) - 1;
        if (lanes > 1)
            for (var l = 1; l < lanes; l++)
                for (var key = 0; key < space; key++) hist[key] += hist[l * space + key];
        var distinct = 0;
        for (var key = 0; key < space; key++)
        {
            if (hist[key] == 0) continue;
            var present = 0;
            for (var j = 0; j < width; j++) if (((key >> (bits * j)) & mask) != 0) present++;
            if (present < 2) hist[key] = 0; // cannot be paired: contributes to no coefficient
            else distinct++;
        }
        var rows = new int[distinct * width];
        var counts = new long[distinct];
        var row = 0;
        for (var key = 0; key < space; key++)
        {
            if (hist[key] == 0) continue;
            for (var j = 0; j < width; j++) rows[row * width + j] = ((key >> (bits * j)) & mask) - 1;
            counts[row++] = hist[key];
        }
        return new UnitTable(matrix, columns, all, rows, distinct, counts, bits, null);
    }

    private static void CountKeys(RatingsMatrix matrix, int[] columns, bool all, int bits, int[] hist, int space, int lanes)
    {
        var units = matrix.UnitCount;
        var coders = matrix.CoderCount;
        ref var cell = ref MemoryMarshal.GetArrayDataReference(matrix.RawCells);
        ref var h = ref MemoryMarshal.GetArrayDataReference(hist);
        var laneMask = lanes - 1;
        if (all && coders <= 8)
        {
            // Unrolled: key = Σ (code_j + 1) << (bits·j) = Σ code_j << (bits·j) + Σ 1 << (bits·j) in two's complement.
            int s1 = bits, s2 = 2 * bits, s3 = 3 * bits, s4 = 4 * bits, s5 = 5 * bits, s6 = 6 * bits, s7 = 7 * bits;
            var offset = 0;
            for (var j = 0; j < coders; j++) offset += 1 << (bits * j);
            switch (coders)
            {
                case 2:
                    for (var u = 0; u < units; u++)
                    {
                        ref var r = ref Unsafe.Add(ref cell, 2 * u);
                        var key = r + (Unsafe.Add(ref r, 1) << s1) + offset;
                        Unsafe.Add(ref h, ((u & laneMask) * space) + key)++;
                    }
                    return;
                case 3:
                    for (var u = 0; u < units; u++)
                    {
                        ref var r = ref Unsafe.Add(ref cell, 3 * u);
                        var key = r + (Unsafe.Add(ref r, 1) << s1) + (Unsafe.Add(ref r, 2) << s2) + offset;
                        Unsafe.Add(ref h, ((u & laneMask) * space) + key)++;
                    }
                    return;
                case 4:
                    for (var u = 0; u < units; u++)
                    {
                        ref var r = ref Unsafe.Add(ref cell, 4 * u);
                        var key = r + (Unsafe.Add(ref r, 1) << s1) + (Unsafe.Add(ref r, 2) << s2) + (Unsafe.Add(ref r, 3) << s3) + offset;
                        Unsafe.Add(ref h, ((u & laneMask) * space) + key)++;
                    }
                    return;
                case 5:
                    for (var u = 0; u < units; u++)
                    {
                        ref var r = ref Unsafe.Add(ref cell, 5 * u);
                        var key = r + (Unsafe.Add(ref r, 1) << s1) + (Unsafe.Add(ref r, 2) << s2) + (Unsafe.Add(ref r, 3) << s3)
                            + (Unsafe.Add(ref r, 4) << s4) + offset;
                        Unsafe.Add(ref h, ((u & laneMask) * space) + key)++;
                    }
                    return;
                default:
                    for (var u = 0; u < units; u++)
                    {
                        ref var r = ref Unsafe.Add(ref cell, coders * u);
                        var key = r + (Unsafe.Add(ref r, 1) << s1) + offset;
                        if (coders > 2) key += Unsafe.Add(ref r, 2) << s2;
                        if (coders > 3) key += Unsafe.Add(ref r, 3) << s3;
                        if (coders > 4) key += Unsafe.Add(ref r, 4) << s4;
                        if (coders > 5) key += Unsafe.Add(ref r, 5) << s5;
                        if (coders > 6) key += Unsafe.Add(ref r, 6) << s6;
                        if (coders > 7) key += Unsafe.Add(ref r, 7) << s7;
                        Unsafe.Add(ref h, ((u & laneMask) * space) + key)++;
                    }
                    return;
            }
        }
        if (all)
        {
            for (var u = 0; u < units; u++)
            {
                ref var row = ref Unsafe.Add(ref cell, coders * u);
                var key = 0;
                var shift = 0;
                for (var j = 0; j < coders; j++)
                {
                    key |= (Unsafe.Add(ref row, j) + 1) << shift;
                    shift += bits;
                }
                Unsafe.Add(ref h, ((u & laneMask) * space) + key)++;
            }
            return;
        }
        var cells = matrix.RawCells;
        for (var u = 0; u < units; u++)
        {
            var key = 0;
            for (var j = 0; j < columns.Length; j++) key |= (cells[u * coders + columns[j]] + 1) << (bits * j);
            hist[((u & laneMask) * space) + key]++;
        }
    }

    private int[] KeyToRow()
    {
        var map = new int[1 << (_keyBits * Width)];
        Array.Fill(map, -1);
        for (var r = 0; r < RowCount; r++)
        {
            var key = 0;
            for (var j = 0; j < Width; j++) key |= (Rows[r * Width + j] + 1) << (_keyBits * j);
            map[key] = r;
        }
        return map;
    }

    /// <summary>Number of codes present (not missing) in row <paramref name="r"/>.</summary>
    public int Present(int r)
    {
        var m = 0;
        var row = Rows.AsSpan(r * Width, Width);
        foreach (var v in row) if (v >= 0) m++;
        return m;
    }

    /// <summary>For every unit with at least two codes (in unit order), the row that holds it; what the bootstrap draws from.</summary>
    public int[] UsedUnitRows()
    {
        var units = _matrix.UnitCount;
        var coders = _matrix.CoderCount;
        var cells = _matrix.RawCells;
        var result = new List<int>();
        if (_keyBits > 0)
        {
            var map = _keyToRow ??= KeyToRow();
            for (var u = 0; u < units; u++)
            {
                var key = 0;
                for (var j = 0; j < _columns.Length; j++) key |= (cells[u * coders + _columns[j]] + 1) << (_keyBits * j);
                var row = map[key];
                if (row >= 0) result.Add(row);
            }
            return result.ToArray();
        }
        for (var r = 0; r < RowCount; r++) if (Present(r) >= 2) result.Add(r);
        return result.ToArray();
    }
}
