namespace Stats.Etl.Contracts;

/// <summary>
/// The <c>aggregate</c> block of a contract with <c>"shape": "aggregate"</c>: a pre-counted table, its period,
/// dimension columns (long layout with one <c>Count</c> column, or one <c>Wide</c> column per category), the
/// tokens that stand for censored or missing counts, and what the consistency checks do.
/// </summary>
public sealed record AggregateSpec
{
    /// <summary>The indicator the counts are for (e.g. J05).</summary>
    public required string Indicator { get; init; }

    /// <summary>What is counted: persons, cases, decisions or registrations.</summary>
    public required string Unit { get; init; }

    public required PeriodSpec Period { get; init; }

    /// <summary>Delivered dimension column → its dimension and code map.</summary>
    public IReadOnlyDictionary<string, AggregateDimensionSpec> Dimensions { get; init; } = new Dictionary<string, AggregateDimensionSpec>();

    /// <summary>The column holding the count (long layout); exactly one of <c>Count</c> and <c>Wide</c>.</summary>
    public string? Count { get; init; }

    /// <summary>Wide layout: delivered count column → the code it stands for on each of its dimensions.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, CodeMapValue>>? Wide { get; init; }

    /// <summary>Dimension → code (or <c>_T</c>) set on every cell of the return.</summary>
    public IReadOnlyDictionary<string, string> Constants { get; init; } = new Dictionary<string, string>();

    /// <summary>Token → bounds of a count the source suppressed ("&lt;5", "c").</summary>
    public IReadOnlyDictionary<string, CensoredToken> Censored { get; init; } = new Dictionary<string, CensoredToken>();

    /// <summary>Token → why the count is missing (":" → "not available"); <c>""</c> makes an empty cell missing.</summary>
    public IReadOnlyDictionary<string, string> Missing { get; init; } = new Dictionary<string, string>();

    public AggregateChecks Checks { get; init; } = new();
}
