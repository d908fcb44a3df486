namespace Stats.Hardening.Tests.Fuzz;

/// <summary>
/// One generated request: who sends it (and the headers carrying the key), the entity set it was made for (the tally's
/// label; "(service)" and such for targets that are no set), how it was made, and the raw request target.
/// </summary>
internal sealed record FuzzRequest(int Number, FuzzRole Role, string Set, string Strategy, string Target, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    /// <summary>Kestrel's request-line limit (MaxRequestLineSize, 8 KiB); targets well past it must be answered 414.</summary>
    public const int UrlLimit = 8 * 1024;

    public bool OverUrlLimit => Target.Length > UrlLimit + 256;

    public override string ToString() =>
        $"#{Number} {Role} [{Strategy}] GET {(Target.Length > 600 ? Target[..600] + $"… ({Target.Length} chars)" : Target)}"
        + (Headers.Count == 0 ? "" : " with " + string.Join(", ", Headers.Select(h => h.Key)));
}
