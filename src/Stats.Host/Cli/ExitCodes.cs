namespace Stats.Host.Cli;

/// <summary>Process exit codes, documented in the README.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Error = 1;
    public const int Refused = 3;
    public const int NotPublished = 4;
    public const int Locked = 5;
}
