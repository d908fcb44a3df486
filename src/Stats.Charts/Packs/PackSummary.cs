namespace Stats.Charts.Packs;

/// <summary>
/// The one-page "what changed" of a pack, for one role: the month's headline figures, the biggest moves, the revisions since
/// the previous pack's vintage and the sources that were late when the vintage was published. Built only from what the role
/// may read, so a public summary holds no value of a suppressed cell.
/// </summary>
public sealed record PackSummary(
    PackMonth Month,
    IReadOnlyList<HeadlineFigure> Headline,
    IReadOnlyList<PackMove> Moves,
    PackRevisions Revisions,
    IReadOnlyList<LateSource> LateSources);

/// <summary>One published cell as the role sees it: value null when suppressed (flag c) or not in the vintage.</summary>
public sealed record FigureValue(string TimePeriod, double? Value, string Flags, bool Present)
{
    public static FigureValue Missing(string timePeriod) => new(timePeriod, null, "", false);
}

/// <summary>An indicator's monthly total in the pack month, the month before and the same month a year earlier.</summary>
public sealed record HeadlineFigure(string IndicatorId, string Title, string Unit, FigureValue Month, FigureValue PreviousMonth, FigureValue YearEarlier);

/// <summary>A change between two published values of the same cell (both visible to the role).</summary>
public sealed record PackMove(string IndicatorId, string Title, string Unit, string Category, string Period, string BasePeriod, double Value, double Base)
{
    public double Change => Value - Base;
}

/// <summary>Cells whose value differs from the previous pack's vintage (kind as in `stats vintages diff`).</summary>
public sealed record PackRevisions(int? BaselineVintageId, DateTimeOffset? BaselinePublished, int Revised, int Added, IReadOnlyList<RevisionLine> Largest, string? Note);

/// <summary>One revised cell: indicator, readable cell, old and new value.</summary>
public sealed record RevisionLine(string IndicatorId, string Cell, double Old, double New);

/// <summary>A source that was late, overdue or never delivered as of the vintage's publication.</summary>
public sealed record LateSource(string ContractId, string SourceCode, string Status, double? DaysSinceLastDelivery);
