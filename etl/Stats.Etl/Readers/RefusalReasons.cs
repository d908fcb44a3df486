namespace Stats.Etl.Readers;

/// <summary>Why a whole delivery was refused (etl/contracts/README.md).</summary>
public static class RefusalReasons
{
    public const string IdentifyingColumn = "identifying_column";
    public const string UnknownColumn = "unknown_column";
    public const string MissingRequiredColumn = "missing_required_column";
    public const string UnreadableEncoding = "unreadable_encoding";
    public const string MalformedFile = "malformed_file";
}
