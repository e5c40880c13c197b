using System.Collections.Immutable;

namespace Jeugdhulp.Research.Data;

/// <summary>A case: one municipality (pseudonym) and its chapter in the dissertation.</summary>
public sealed record CaseInfo(string Id, string Name, int Chapter, string Source, string Lines);

/// <summary>A unit of analysis: one provider within one case ("Gezond en Wel" in four cases is four units).</summary>
public sealed record UnitInfo(string Id, string Case, string Provider, string Source, string Lines);

/// <summary>
/// One value of one variable for one case or unit, optionally for one period, with its provenance.
/// A null value means undetermined: the source does not say, and the data does not pretend it does.
/// </summary>
public sealed record Observation(string Subject, string Variable, string? Period, string? Value, Provenance Provenance);

/// <summary>A strategic response of a unit in one period; a period with two responses has two of these.</summary>
public sealed record ResponseObservation(
    string Unit, int Period, string? PeriodLabel, string Response, string? Tactic, string Cluster, Provenance Provenance);

/// <summary>A count as printed in a published table.</summary>
public sealed record PublishedCell(string Row, string Column, int Count, int Line);

/// <summary>
/// A count table as printed in the dissertation, with the mapping from its printed labels to the codebook's value ids,
/// so the same table can be regenerated from unit data and compared cell by cell.
/// </summary>
public sealed record PublishedTable(
    string Id, string Title, string RowVariable, string ColumnVariable, string Lines,
    ImmutableArray<KeyValuePair<string, string>> RowLabels, ImmutableArray<KeyValuePair<string, string>> ColumnLabels,
    string? Note, ImmutableArray<PublishedCell> Cells)
{
    /// <summary>Label target for a printed total row or column.</summary>
    public const string Total = "(totaal)";
    /// <summary>Label target for a printed category that means "not known" (undetermined values).</summary>
    public const string Unknown = "(onbekend)";
    /// <summary>Label target for a row that counts all units (a one-row table).</summary>
    public const string AllUnits = "(aantal eenheden)";
    /// <summary>Label target for a row that counts changes of emphasis cluster between periods instead of units.</summary>
    public const string Changes = "(aantal veranderingen)";

    /// <summary>All special label targets.</summary>
    public static readonly IReadOnlyList<string> SpecialTargets = [Total, Unknown, AllUnits, Changes];

    /// <summary>The value id a printed row label stands for, or null for labels such as "Totaal".</summary>
    public string? RowValue(string label) => RowLabels.FirstOrDefault(p => p.Key == label).Value;

    /// <summary>The value id a printed column label stands for, or null for labels such as "Totaal".</summary>
    public string? ColumnValue(string label) => ColumnLabels.FirstOrDefault(p => p.Key == label).Value;
}

/// <summary>An inconsistency found in the dissertation itself, and how the data deals with it.</summary>
/// <remarks>Description and handling as recorded (English in the bundled study), with their Dutch text beside them.</remarks>
public sealed record Inconsistency(string Id, string Kind, string Lines, string Description, string Handling)
{
    /// <summary>The Dutch kind (<c>kind_nl</c>); null when the data gives none.</summary>
    public string? KindNl { get; init; }
    /// <summary>The Dutch description (<c>description_nl</c>); null when the data gives none.</summary>
    public string? DescriptionNl { get; init; }
    /// <summary>The Dutch handling (<c>handling_nl</c>); null when the data gives none.</summary>
    public string? HandlingNl { get; init; }

    /// <summary>The kind in <paramref name="language"/>; the recorded kind is a short label, so it is shown unmarked when untranslated.</summary>
    public string KindIn(string language) => language == "en" ? Kind : KindNl ?? Kind;
    /// <summary>The description in <paramref name="language"/>; see <see cref="LocalizedData.In"/>.</summary>
    public string DescriptionIn(string language) => LocalizedData.In(language, Description, DescriptionNl)!;
    /// <summary>The handling in <paramref name="language"/>; see <see cref="LocalizedData.In"/>.</summary>
    public string HandlingIn(string language) => LocalizedData.In(language, Handling, HandlingNl)!;
}

/// <summary>A data file that went into an analysis, with its hash for the audit trail.</summary>
public sealed record DataFileInfo(string RelativePath, string Sha256, int Rows);
