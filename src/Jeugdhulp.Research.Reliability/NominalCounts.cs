namespace Jeugdhulp.Research.Reliability;

/// <summary>
/// Integer sufficient statistics for the nominal coefficients (alpha-nominal, Fleiss, Scott, percent agreement),
/// split by m, the number of values in a unit, so the 1/(m−1) factors are applied once at the end and counts stay exact.
/// </summary>
internal sealed class NominalCounts
{
    private NominalCounts(int maxM, int k)
    {
        MaxM = maxM;
        K = k;
        Units = new long[maxM + 1];
        Values = new long[(maxM + 1) * k];
        Disagreements = new long[(maxM + 1) * k];
    }

    public int MaxM { get; }

    public int K { get; }

    /// <summary>Units with exactly m values, by m.</summary>
    public long[] Units { get; }

    /// <summary>[m·K + c]: values of category c in units with m values.</summary>
    public long[] Values { get; }

    /// <summary>[m·K + c]: Σ over those values of (m − n_uc), i.e. ordered disagreeing pairs starting at category c.</summary>
    public long[] Disagreements { get; }

    public static NominalCounts Compute(UnitTable table, long[]? weights)
    {
        var width = table.Width;
        var k = table.CategoryCount;
        var result = new NominalCounts(width, k);
        var rows = table.Rows;
        var counts = weights ?? table.Counts;
        var perCategory = new int[Math.Max(k, 1)];
        var units = result.Units;
        var values = result.Values;
        var dis = result.Disagreements;
        for (var r = 0; r < table.RowCount; r++)
        {
            var w = counts is null ? 1 : counts[r];
            if (w == 0) continue;
            var row = rows.AsSpan(r * width, width);
            var m = 0;
            foreach (var v in row)
            {
                if (v < 0) continue;
                perCategory[v]++;
                m++;
            }
            if (m >= 2)
            {
                units[m] += w;
                var offset = m * k;
                foreach (var v in row)
                {
                    if (v < 0) continue;
                    values[offset + v] += w;
                    dis[offset + v] += w * (m - perCategory[v]);
                }
            }
            foreach (var v in row) if (v >= 0) perCategory[v] = 0;
        }
        return result;
    }

    /// <summary>Units with at least two values.</summary>
    public long UsedUnits()
    {
        long total = 0;
        for (var m = 2; m <= MaxM; m++) total += Units[m];
        return total;
    }

    /// <summary>Pairable values n_c per category.</summary>
    public long[] CategoryTotals()
    {
        var totals = new long[K];
        for (var m = 2; m <= MaxM; m++)
            for (var c = 0; c < K; c++) totals[c] += Values[m * K + c];
        return totals;
    }

    /// <summary>Σ_u (ordered disagreeing pairs in u)/(m_u − 1): n·Do for nominal alpha.</summary>
    public double ObservedDisagreementSum()
    {
        double total = 0;
        for (var m = 2; m <= MaxM; m++)
        {
            long pairs = 0;
            for (var c = 0; c < K; c++) pairs += Disagreements[m * K + c];
            total += (double)pairs / (m - 1);
        }
        return total;
    }

    /// <summary>Σ_u P_u with P_u = agreeing ordered pairs / (m_u(m_u − 1)) (Fleiss' P_i).</summary>
    public double AgreementSum()
    {
        double total = 0;
        for (var m = 2; m <= MaxM; m++)
        {
            long pairs = 0;
            for (var c = 0; c < K; c++) pairs += Disagreements[m * K + c];
            total += Units[m] - (double)pairs / ((double)m * (m - 1));
        }
        return total;
    }

    /// <summary>Per category Σ_u n_uc(m_u − n_uc)/(m_u − 1) (numerator of Fleiss' per-category kappa).</summary>
    public double[] CategoryDisagreement()
    {
        var result = new double[K];
        for (var m = 2; m <= MaxM; m++)
            for (var c = 0; c < K; c++) result[c] += (double)Disagreements[m * K + c] / (m - 1);
        return result;
    }
}
