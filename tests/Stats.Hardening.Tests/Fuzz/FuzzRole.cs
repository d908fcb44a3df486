namespace Stats.Hardening.Tests.Fuzz;

/// <summary>Who sends a fuzzed query: no key, a key the catalog does not know, or a key of each role.</summary>
internal enum FuzzRole
{
    Anonymous,
    BadKey,
    Public,
    Analyst,
    Admin,
}
