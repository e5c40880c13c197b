namespace Jeugdhulp.Research.Theory;

/// <summary>
/// Which values of a unit a test uses. The unit table holds only values without a period; a factor coded only per
/// period (Saturnus' willen, 2016-2017 and 2018-2020) is then undetermined. Chapter 9 classifies a unit by its last
/// response, so comparing it with the factor of the last period is a defensible, but explicit, alternative.
/// </summary>
public enum PeriodPolicy
{
    /// <summary>Only values without a period, exactly the unit table of <c>jhr table</c> and <c>jhr reproduce</c> (default).</summary>
    UnitLevel,
    /// <summary>Where a variable has no value without a period, the value of its latest period (by the years in the label).</summary>
    LastPeriod,
}
