namespace Stats.Hardening.Tests.Security;

/// <summary>One column of the endpoint × role matrix: who calls, and the key sent (as X-Api-Key), if any.</summary>
internal sealed record SecurityCaller(string Name, string? Key)
{
    public static IReadOnlyList<SecurityCaller> All(SecurityKeys keys) =>
    [
        new("anonymous", null),
        new("bad key", keys.Bad),
        new("revoked key", keys.Revoked),
        new("public", keys.Public),
        new("analyst", keys.Analyst),
        new("admin", keys.Admin),
        new("agency (own contract)", keys.Agency),
        new("agency (other contract)", keys.AgencyOther),
    ];
}
