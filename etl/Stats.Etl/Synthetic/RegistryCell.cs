namespace Stats.Etl.Synthetic;

/// <summary>
/// One cell of the court registry's yearly table: canonical sex (or _T) × registry category (or _T) and its count.
/// The registry publishes 1–4 persons as "&lt;5".
/// </summary>
internal sealed record RegistryCell(string Sex, string Category, int Persons)
{
    public bool IsCensored => Persons is >= 1 and <= 4;

    /// <summary>Bounds a reader of the published cell knows: the value itself, or 1–4 when censored.</summary>
    public int Lower => IsCensored ? 1 : Persons;

    public int Upper => IsCensored ? 4 : Persons;
}
