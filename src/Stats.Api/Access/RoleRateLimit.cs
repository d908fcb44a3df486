namespace Stats.Api.Access;

/// <summary>
/// A token bucket for one caller (one key, or one remote address when anonymous): up to <see cref="TokenLimit"/>
/// requests at once (Power BI refreshes many sets together), refilled by <see cref="TokensPerPeriod"/> every
/// <see cref="ReplenishmentPeriod"/>. A <see cref="TokenLimit"/> of 0 switches the limit off for the role.
/// </summary>
public sealed class RoleRateLimit
{
    public int TokenLimit { get; set; }

    public int TokensPerPeriod { get; set; }

    public TimeSpan ReplenishmentPeriod { get; set; } = TimeSpan.FromSeconds(1);

    public static RoleRateLimit Of(int tokenLimit, int tokensPerPeriod) => new() { TokenLimit = tokenLimit, TokensPerPeriod = tokensPerPeriod };
}
