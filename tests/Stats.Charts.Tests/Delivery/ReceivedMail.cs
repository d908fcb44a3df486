using MimeKit;

namespace Stats.Charts.Tests.Delivery;

/// <summary>One message the sink received: as parsed by MimeKit from the raw bytes, with the SMTP envelope.</summary>
internal sealed record ReceivedMail(MimeMessage Message, string? EnvelopeFrom, IReadOnlyList<string> EnvelopeTo, string? User, byte[] Raw);
