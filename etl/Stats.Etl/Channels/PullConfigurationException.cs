namespace Stats.Etl.Channels;

/// <summary>Pull settings that cannot be used; every error names its configuration key.</summary>
public sealed class PullConfigurationException : Exception
{
    public PullConfigurationException()
        : this("Invalid pull configuration.")
    {
    }

    public PullConfigurationException(string message)
        : this([message])
    {
    }

    public PullConfigurationException(string message, Exception innerException)
        : base(message, innerException) => Errors = [message];

    public PullConfigurationException(IReadOnlyList<string> errors)
        : base("Invalid pull configuration:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", errors)) => Errors = errors;

    public IReadOnlyList<string> Errors { get; } = [];
}
