namespace Stats.Etl.Contracts;

/// <summary>Row rules a contract adds on top of the type checks every field gets.</summary>
public sealed record RuleSpec
{
    public IReadOnlyList<DateOrderRule> DateOrder { get; init; } = [];
}
