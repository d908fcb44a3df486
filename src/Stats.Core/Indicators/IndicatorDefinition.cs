namespace Stats.Core.Indicators;

/// <summary>One indicator of the catalogue, as read from sql/indicators/&lt;id&gt;.json.</summary>
public sealed record IndicatorDefinition
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Definition { get; init; }
    public required string Unit { get; init; }
    public required IndicatorMeasure Measure { get; init; }

    /// <summary>Unit query file name (count, sum, max, ratio); null for rates and for counts built only from aggregate returns.</summary>
    public string? Sql { get; init; }

    /// <summary>The definition's default source of its tables (each table may name its own).</summary>
    public IndicatorSource Source { get; init; } = IndicatorSource.Microdata;

    public double Factor { get; init; } = 1;
    public RateSpec? Rate { get; init; }
    public required IReadOnlyList<string> Breakdowns { get; init; }
    public required IReadOnlyList<IndicatorTable> Tables { get; init; }
    public required IReadOnlyList<string> Sources { get; init; }
    public required DisclosureSpec Disclosure { get; init; }
    public bool Estimated { get; init; }
    public required IReadOnlyDictionary<string, string> References { get; init; }
    public string? Notes { get; init; }

    /// <summary>For an estimate: the indicator whose published total is the known count shown next to it (never added to it).</summary>
    public string? Known { get; init; }

    /// <summary>The frequencies at which at least one table is published.</summary>
    public IReadOnlyList<Frequency> Frequencies =>
        Core.Indicators.Frequencies.All.Where(f => Tables.Any(t => t.Frequencies.Contains(f))).ToList();

    /// <summary>True when some table is counted from the unit query (which then must run).</summary>
    public bool HasMicrodata => Tables.Any(t => t.Source.IsMicrodata);

    /// <summary>
    /// The source of the lattice cells <paramref name="by"/> at <paramref name="frequency"/>: that of the table with
    /// exactly these breakdowns if one is published at that frequency, else that of the tables containing them (the
    /// catalogue refuses tables that disagree). Microdata when no table holds them.
    /// </summary>
    public IndicatorSource LatticeSource(IReadOnlyCollection<string> by, Frequency frequency)
    {
        var containing = Tables.Where(t => t.Frequencies.Contains(frequency) && t.Covers(by)).ToList();
        var exact = containing.FirstOrDefault(t => t.By.Count == by.Count);
        return (exact ?? containing.FirstOrDefault())?.Source ?? IndicatorSource.Microdata;
    }

    /// <summary>
    /// The published table whose lattice holds the cells of <paramref name="by"/> at <paramref name="frequency"/>, if
    /// any (the smallest such table, so that the answer is stable).
    /// </summary>
    public IndicatorTable? TableFor(IReadOnlyCollection<string> by, Frequency frequency) =>
        Tables.Where(t => t.Frequencies.Contains(frequency) && t.Covers(by)).OrderBy(t => t.By.Count).FirstOrDefault();
}
