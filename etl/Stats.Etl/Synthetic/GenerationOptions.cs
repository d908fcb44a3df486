namespace Stats.Etl.Synthetic;

/// <summary>What to generate: the reference year, the seed (same seed → byte-identical files) and where.</summary>
public sealed record GenerationOptions(int Year, int Seed, string OutputDirectory)
{
    /// <summary>Distinct victims of the year (registrations are about 8 % more).</summary>
    public int Persons { get; init; } = 350;
}
