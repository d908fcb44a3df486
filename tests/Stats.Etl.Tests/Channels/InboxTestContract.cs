using Stats.Etl.Contracts;

namespace Stats.Etl.Tests.Channels;

/// <summary>A police-victims-like contract whose only part the channels read is the file name pattern.</summary>
internal static class InboxTestContract
{
    public static SourceContract Create(string? pattern = "police_victims_*.csv") => new()
    {
        Id = "police-victims",
        Source = new SourceInfo("POL", "Police", "POLICE"),
        Entity = "victim",
        Format = new FormatSpec { Type = "csv", Delimiter = ";", FileNamePattern = pattern },
    };
}
