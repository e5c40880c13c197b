namespace Jeugdhulp.Research.Theory;

/// <summary>
/// Which values of a unit a test uses. The unit table holds only values without a period; a factor coded only per
/// period (Saturnus' willen, 2016-2017 and 2018-2020) is then undetermined there. Chapter 9 classifies a unit by the
/// response of its last period and explains it by that period's factors (Table 9.6, "Saturnus (in eerste instantie)"),
/// so propositions are tested by default with the values of the period the unit's response belongs to.
/// </summary>
public enum PeriodPolicy
{
    /// <summary>Only values without a period, exactly the unit table of <c>jhr table</c> and <c>jhr reproduce</c>.</summary>
    UnitLevel,
    /// <summary>
    /// Where a variable has no value without a period, the value of the period the unit's response (its chapter-9
    /// cluster: the last response period) belongs to, matched by the years in the labels; the latest period where no
    /// label says. Default for propositions.
    /// </summary>
    ResponsePeriod,
    /// <summary>Where a variable has no value without a period, the value of its latest period (by the years in the label).</summary>
    LastPeriod,
}
