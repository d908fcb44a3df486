namespace Stats.Hardening.Tests.Corpus;

/// <summary>One generated attack before it is named: what it does, its bytes, and the one right refusal reason if there is one.</summary>
internal sealed record Attack(string Description, byte[] Content, string? ExpectedReason = null)
{
    public bool MayBeEmpty { get; init; }
}
