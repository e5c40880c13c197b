using System.Collections.Immutable;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Qca;

namespace Jeugdhulp.Research.Theory;

/// <summary>A crisp-set QCA on the unit table with its calibration and directional expectations, so every step is reported.</summary>
/// <param name="Data">The calibrated data with rules and missing values.</param>
/// <param name="Result">The QCA result (truth table, necessity, solutions).</param>
/// <param name="Directions">The directional expectations used for the intermediate solution.</param>
[Display.TypeFormatterSource(typeof(Display.UnitQcaResultFormatterSource))]
public sealed record UnitQcaResult(CalibratedData Data, QcaResult Result, ImmutableArray<DirectionChoice> Directions)
{
    /// <summary>The directional expectations as a table.</summary>
    public ResultTable DirectionsTable() => new("Richtingsverwachtingen (intermediate solution)",
        ["conditie", "verwachting", "grond"],
        [.. Directions.Select(d => (ImmutableArray<TableCell>)[new(d.Condition), new(Name(d.Direction)), new(d.Reason)])],
        ["aanwezig = de aanwezigheid van de conditie draagt naar verwachting bij aan de uitkomst; beide = geen verwachting."]);

    /// <summary>Every step as tables: calibration, missing values, membership, directions, truth table, necessity, solutions (<see cref="Display.QcaTables.For(UnitQcaResult)"/>).</summary>
    public ImmutableArray<ResultTable> ToTables() => Display.QcaTables.For(this);

    /// <summary>The HTML fragment a notebook shows for this result.</summary>
    public string ToHtml() => Display.TheoryHtml.ToHtml(this);

    /// <summary>Every step's table as aligned text, where no HTML is shown (an exported notebook app, a terminal).</summary>
    public override string ToString() => string.Join("\n\n", ToTables().Select(t => t.ToString()));

    private static string Name(DirectionalExpectation direction) => direction switch
    {
        DirectionalExpectation.Present => "aanwezig",
        DirectionalExpectation.Absent => "afwezig",
        _ => "beide",
    };
}
