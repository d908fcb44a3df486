namespace Stats.Core.Estimation;

/// <summary>
/// A model examined during selection: its fit, or why it could not be used (not identifiable, separation, unbounded).
/// </summary>
public sealed record ConsideredModel(string Name, IReadOnlyList<Interaction> Terms, ModelFit? Fit, string? Rejected)
{
    public bool Usable => Fit is not null && Rejected is null;
}
