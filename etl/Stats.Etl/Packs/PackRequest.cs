using Stats.Charts.Packs;

namespace Stats.Etl.Packs;

/// <summary>
/// A pack run: the month, optionally one pack and some recipients (subscription names or e-mail addresses; none means every
/// active subscription), whether recipients already sent this month's pack get it again, and whether to write the outbox
/// only even when a mail server is configured (the demo, previews).
/// </summary>
public sealed record PackRequest(PackMonth Month, string? PackId = null, IReadOnlyList<string>? Recipients = null, bool Resend = false, bool OutboxOnly = false);
