namespace Stats.Core.Linkage;

/// <summary>
/// The quasi-identifiers an agency holds about a person, as recorded (raw text, any spelling). Only the linkage key
/// derived from them leaves the agency (domain.md §5).
/// </summary>
public sealed record QuasiIdentifiers(string Surname, string GivenName, string DateOfBirth, string Sex, string CountryOfBirth);
