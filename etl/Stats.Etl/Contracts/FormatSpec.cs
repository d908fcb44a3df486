namespace Stats.Etl.Contracts;

/// <summary>How the delivered file is laid out: csv, json or xlsx, with the options of that type.</summary>
public sealed record FormatSpec
{
    public required string Type { get; init; }
    public string? Delimiter { get; init; }
    public string? Encoding { get; init; }
    public string? DateFormat { get; init; }
    public string? FileNamePattern { get; init; }
    public string? RecordsPath { get; init; }
    public string? Sheet { get; init; }
    public int HeaderRow { get; init; } = 1;

    /// <summary>The .NET date pattern in force: the contract's, or ISO when it names none.</summary>
    public string EffectiveDateFormat => string.IsNullOrEmpty(DateFormat) ? "yyyy-MM-dd" : DateFormat;
}
