using System.Numerics;
using System.Text;

namespace Jeugdhulp.Research.Qca;

/// <summary>
/// A conjunction of condition literals as two bitmasks, so that minimisation of 12-16 conditions stays fast.
/// Bit <c>k-1-i</c> belongs to condition <c>i</c> (first condition most significant), which makes the
/// value of a full configuration equal to its truth-table row index (row number minus one).
/// </summary>
/// <param name="Care">Bits of the conditions that appear in the term.</param>
/// <param name="Value">Required values of those conditions (bits outside <paramref name="Care"/> are zero).</param>
public readonly record struct Implicant(int Care, int Value)
{
    /// <summary>The full configuration (minterm) of a truth-table row index.</summary>
    public static Implicant Minterm(int conditionCount, int rowIndex) => new((1 << conditionCount) - 1, rowIndex);

    /// <summary>Number of literals in the term.</summary>
    public int LiteralCount => BitOperations.PopCount((uint)Care);

    /// <summary>True when the configuration (row index) satisfies the term.</summary>
    public bool Covers(int rowIndex) => (rowIndex & Care) == Value;

    /// <summary>True when every configuration of <paramref name="other"/> satisfies this term.</summary>
    public bool Contains(Implicant other) => (Care & other.Care) == Care && (other.Value & Care) == Value;

    /// <summary>
    /// Renders the term in QCA notation (<c>A*~B</c>) using the condition expressions of the analysis;
    /// a negated condition <c>~X</c> at value 0 renders as <c>X</c>. The empty term renders as <c>1</c>.
    /// </summary>
    public string ToTerm(IReadOnlyList<Literal> conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        var k = conditions.Count;
        var sb = new StringBuilder();
        for (var i = 0; i < k; i++)
        {
            var bit = 1 << (k - 1 - i);
            if ((Care & bit) == 0) continue;
            var literal = (Value & bit) != 0 ? conditions[i] : conditions[i].Negate();
            if (sb.Length > 0) sb.Append('*');
            sb.Append(literal.ToString());
        }
        return sb.Length == 0 ? "1" : sb.ToString();
    }

    /// <summary>
    /// Ordering used for display, as in the R package QCA: fewer literals first, then terms on earlier
    /// conditions first, then presence before absence.
    /// </summary>
    public static int CompareForDisplay(Implicant a, Implicant b, int conditionCount)
    {
        var byCount = a.LiteralCount.CompareTo(b.LiteralCount);
        if (byCount != 0) return byCount;
        for (var i = conditionCount - 1; i >= 0; i--)
        {
            var bit = 1 << i;
            var ua = (a.Care & bit) != 0;
            var ub = (b.Care & bit) != 0;
            if (ua != ub) return ua ? -1 : 1;
            if (!ua) continue;
            var va = (a.Value & bit) != 0;
            var vb = (b.Value & bit) != 0;
            if (va != vb) return va ? -1 : 1;
        }
        return 0;
    }
}
