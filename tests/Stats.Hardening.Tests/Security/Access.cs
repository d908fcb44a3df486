namespace Stats.Hardening.Tests.Security;

/// <summary>
/// A documented access rule: the status each caller of <see cref="SecurityCaller.All"/> gets, in that order (anonymous, bad
/// key, revoked key, public, analyst, admin, agency with the contract, agency with another contract).
/// </summary>
internal sealed record Access(string Name, params int[] Statuses)
{
    /// <summary>README, "Keys": anonymous callers are the public; an unknown or revoked key is a 401 everywhere, even where no key is needed.</summary>
    public static readonly Access Everyone = new("everyone", 200, 401, 401, 200, 200, 200, 200, 200);

    /// <summary>README, OData feed: AggregateCells, AggregateFindings, the fact sets' $apply: analyst and admin; an agency key reads like the public.</summary>
    public static readonly Access Analyst = new("analyst", 401, 401, 401, 403, 200, 200, 403, 403);

    /// <summary>README: LoadBatches, /admin/runs, /admin/jobs.</summary>
    public static readonly Access Admin = new("admin", 401, 401, 401, 403, 403, 200, 403, 403);

    /// <summary>README, Scheduled operations: POST /admin/jobs/{job}/run, answered 202 (the job runs on the scheduler).</summary>
    public static readonly Access AdminAccepted = new("admin, 202", 401, 401, 401, 403, 403, 202, 403, 403);

    /// <summary>README, OData feed: "Rows and counts of fact sets answer 403" (to every key; anonymous callers are asked for one).</summary>
    public static readonly Access AggregateOnly = new("aggregates only", 401, 401, 401, 403, 403, 403, 403, 403);

    /// <summary>README, keys add: an agency key "may upload deliveries for its --contract ids"; admin keys for any contract.</summary>
    public static readonly Access Upload = new("upload", 401, 401, 401, 403, 403, 202, 202, 403);
}
