namespace Stats.Etl.Synthetic;

/// <summary>
/// A synthetic victim as the generator knows them: identity (for the linkage key) and the attributes every agency
/// records identically. Forms are kept in main-form precedence order, so the first is the main form.
/// </summary>
internal sealed record SyntheticPerson(
    int Number,
    string Surname,
    string GivenName,
    DateOnly DateOfBirth,
    string Sex,
    string CountryOfBirth,
    string? Citizenship,
    int Age,
    IReadOnlyList<string> Forms,
    string Region,
    string TraffickingType,
    string? LabourSector,
    bool Unaccompanied,
    string ExploitationCountry)
{
    public bool IsChild => Age < 18;
}
