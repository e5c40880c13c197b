using System.Collections.Immutable;

namespace Jeugdhulp.Research.Coding.Agreement;

/// <summary>What one coder said about one rating unit: the label that enters the ratings matrix and the coded text behind it.</summary>
/// <param name="Coder">Coder id.</param>
/// <param name="Label">The category (a cluster, a code, "absent", "1", ...), or null when the value is missing for this coder.</param>
/// <param name="Quotes">The coded text the label rests on (may be empty), kept so disagreements can be discussed with the words in front of everyone.</param>
public sealed record CoderRating(string Coder, string? Label, ImmutableArray<string> Quotes);

/// <summary>
/// One rating unit (a row of the ratings matrix) with where it comes from, so a disagreement can be traced back to the
/// unit, period, code and text position.
/// </summary>
/// <param name="Id">Row id in the matrix, unique within the data (e.g. <c>kustwijk.eikenhof/p2</c> or <c>bron@120-180</c>).</param>
/// <param name="Unit">The project unit it is about ("" when a source-level unit concerns several units).</param>
/// <param name="Period">The response period, when the unit is period-specific.</param>
/// <param name="Subject">The variable or code compared (cluster, reactie, kenmerk.weten, a code id).</param>
/// <param name="Location">Source and offsets (<c>source@start-end</c>), or the source id, or "" for unit judgments.</param>
/// <param name="Ratings">One rating per coder, in the data's coder order.</param>
/// <param name="Extent">Size of what is at stake, used to put the biggest disagreements first: characters in dispute for segments, supporting segments for judgments and presence.</param>
public sealed record AgreementItem(string Id, string Unit, int? Period, string Subject, string Location, ImmutableArray<CoderRating> Ratings, int Extent)
{
    /// <summary>Number of coder pairs, among coders with a value, whose labels differ.</summary>
    public int DisagreeingPairs
    {
        get
        {
            var pairs = 0;
            for (var i = 0; i < Ratings.Length; i++)
                for (var j = i + 1; j < Ratings.Length; j++)
                    if (Ratings[i].Label is { } a && Ratings[j].Label is { } b && !string.Equals(a, b, StringComparison.Ordinal)) pairs++;
            return pairs;
        }
    }

    /// <summary>True when at least two coders gave a value and they are not all the same.</summary>
    public bool IsDisagreement => DisagreeingPairs > 0;
}
