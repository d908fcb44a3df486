namespace Stats.Core.Disclosure;

/// <summary>One additive relation between cells of a protection problem: value[Total] == Σ value[Members].</summary>
public sealed record AdditiveRelation(int Total, IReadOnlyList<int> Members);
