namespace Stats.Etl.Synthetic;

/// <summary>A person convicted at first instance as the court registry records them: sex and every form of the judgment, in main-form precedence order.</summary>
internal sealed record RegistryPerson(int Offender, string Sex, IReadOnlyList<string> Forms)
{
    /// <summary>The registry category: the forms joined with '+' (SEX, SEX+LAB, LAB+DOM+CRIM, …).</summary>
    public string Category => string.Join('+', Forms);
}
