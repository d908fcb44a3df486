namespace Stats.Etl.Contracts;

/// <summary>A delivered dimension column of an aggregate return: its dimension id and delivered value → code(s).</summary>
public sealed record AggregateDimensionSpec
{
    /// <summary>A dimension id of sql/indicators/dimensions.json that has a code list (sex, age_group, form_main, …).</summary>
    public required string Dimension { get; init; }

    public IReadOnlyDictionary<string, CodeMapValue>? Codes { get; init; }
}
