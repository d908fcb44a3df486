namespace Stats.Etl.Channels;

/// <summary>The kind of credentials an agency endpoint wants.</summary>
public enum PullCredentialKind
{
    Basic,
    Bearer,
    Header,
}
