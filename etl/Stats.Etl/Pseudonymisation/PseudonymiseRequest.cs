namespace Stats.Etl.Pseudonymisation;

/// <summary>
/// What the agency-side pseudonymiser reads and writes. A quasi-identifier column left null is found by its usual
/// names (see <see cref="QuasiIdentifierColumns"/>); naming it explicitly overrides that.
/// </summary>
public sealed record PseudonymiseRequest(string SecretFile, string InputCsv, string OutputCsv)
{
    /// <summary>Column that receives the linkage key, placed where the first dropped quasi-identifier column stood.</summary>
    public string KeyColumn { get; init; } = "person_pseudonym";

    /// <summary>',' or ';'; null detects it from the header line. The output uses the same delimiter.</summary>
    public char? Delimiter { get; init; }

    public string? SurnameColumn { get; init; }

    public string? GivenNameColumn { get; init; }

    public string? DateOfBirthColumn { get; init; }

    public string? SexColumn { get; init; }

    public string? CountryOfBirthColumn { get; init; }

    /// <summary>Sex is a published breakdown, so its column stays in the delivery unless this is false.</summary>
    public bool KeepSexColumn { get; init; } = true;
}
