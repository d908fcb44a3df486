namespace Stats.Etl.Synthetic;

/// <summary>Synthetic names of one country; surnames with a female form (Slavic, Baltic) list it separately.</summary>
internal sealed record NamePool(string Country, string Alpha3, string[] Surnames, string[] FemaleSurnames, string[] FemaleGiven, string[] MaleGiven)
{
    public string Surname(Random random, string sex) => sex == "F" ? random.Pick(FemaleSurnames) : random.Pick(Surnames);

    public string GivenName(Random random, string sex) => sex switch
    {
        "F" => random.Pick(FemaleGiven),
        "M" => random.Pick(MaleGiven),
        _ => random.Chance(0.5) ? random.Pick(FemaleGiven) : random.Pick(MaleGiven),
    };
}
