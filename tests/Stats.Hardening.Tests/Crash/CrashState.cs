namespace Stats.Hardening.Tests.Crash;

/// <summary>What an inspection after an attempt found: the facts the steps' goals and the next kill's point label use.</summary>
internal sealed record CrashState(
    IReadOnlySet<string> CommittedFiles,
    string? ServedFingerprint,
    int? ServedVintageId,
    int InboxFiles,
    IReadOnlySet<string> VintageFiles)
{
    public static CrashState Empty { get; } = new(new HashSet<string>(), null, null, 0, new HashSet<string>());
}
