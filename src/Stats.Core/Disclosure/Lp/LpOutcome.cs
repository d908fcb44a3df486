namespace Stats.Core.Disclosure.Lp;

/// <summary>
/// Result of one maximisation: <see cref="Point"/> is always a feasible solution (the optimum when bounded);
/// <see cref="Ray"/> is set when the objective is unbounded: Point + t·Ray stays feasible for every t ≥ 0.
/// </summary>
internal sealed record LpOutcome(double[] Point, double[]? Ray)
{
    public bool Bounded => Ray is null;
}
