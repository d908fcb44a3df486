namespace Stats.Etl.Synthetic;

/// <summary>A decision of the identification authority on one person: canonical age group at the decision and outcome (identification_outcome).</summary>
internal sealed record IdentificationDecision(int Person, DateOnly Date, string AgeGroup, string Outcome)
{
    public int Quarter => ((Date.Month - 1) / 3) + 1;
}
