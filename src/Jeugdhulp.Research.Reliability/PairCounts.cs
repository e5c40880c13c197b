namespace Jeugdhulp.Research.Reliability;

/// <summary>Exact integer statistics of two coders over the units both coded: marginals, agreements and index distances.</summary>
internal sealed class PairCounts
{
    private PairCounts(int k)
    {
        RowTotals = new long[k];
        ColumnTotals = new long[k];
    }

    /// <summary>Units both coders coded.</summary>
    public long N { get; private set; }

    /// <summary>Units with the same category.</summary>
    public long Agreements { get; private set; }

    /// <summary>Σ |a − b| over category indices.</summary>
    public long AbsoluteDistance { get; private set; }

    /// <summary>Σ (a − b)² over category indices.</summary>
    public long SquaredDistance { get; private set; }

    /// <summary>Category counts of coder A.</summary>
    public long[] RowTotals { get; }

    /// <summary>Category counts of coder B.</summary>
    public long[] ColumnTotals { get; }

    public static PairCounts Compute(UnitTable table, long[]? weights)
    {
        var result = new PairCounts(table.CategoryCount);
        var rows = table.Rows;
        var counts = weights ?? table.Counts;
        var rowTotals = result.RowTotals;
        var columnTotals = result.ColumnTotals;
        long n = 0, agree = 0, abs = 0, sq = 0;
        for (var r = 0; r < table.RowCount; r++)
        {
            var a = rows[2 * r];
            var b = rows[2 * r + 1];
            if ((a | b) < 0) continue;
            var w = counts is null ? 1 : counts[r];
            n += w;
            rowTotals[a] += w;
            columnTotals[b] += w;
            var d = a - b;
            if (d == 0) agree += w;
            abs += w * Math.Abs(d);
            sq += w * d * d;
        }
        result.N = n;
        result.Agreements = agree;
        result.AbsoluteDistance = abs;
        result.SquaredDistance = sq;
        return result;
    }
}
