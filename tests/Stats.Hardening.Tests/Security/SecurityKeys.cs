namespace Stats.Hardening.Tests.Security;

/// <summary>
/// The API keys of the security tests, made with `stats keys add` (so stored as the catalog stores them: their SHA-256 only).
/// <see cref="Bad"/> has a key's shape but was never issued; <see cref="Revoked"/> was issued and revoked.
/// </summary>
internal sealed record SecurityKeys(string Public, string Analyst, string Admin, string Agency, string AgencyOther, string Revoked, string Bad)
{
    /// <summary>Every key, issued or not: none may ever be written to a log.</summary>
    public IReadOnlyList<string> All => [Public, Analyst, Admin, Agency, AgencyOther, Revoked, Bad];
}
