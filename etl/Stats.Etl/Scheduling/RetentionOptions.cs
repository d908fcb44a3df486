namespace Stats.Etl.Scheduling;

/// <summary>What the retention job keeps. Vintages: the newest <see cref="KeepVintages"/> always, older ones until <see cref="VintageDays"/> old.</summary>
public sealed class RetentionOptions
{
    /// <summary>Quartz cron of the retention job (default: 03:30 every day).</summary>
    public string Schedule { get; set; } = "0 30 3 * * ?";

    public int KeepVintages { get; set; } = 12;
    public int VintageDays { get; set; } = 400;

    /// <summary>Archived deliveries are kept this long (the warehouse holds their rows; the file is the audit copy).</summary>
    public int ArchiveDays { get; set; } = 730;

    /// <summary>Refused files and their reason files are kept this long.</summary>
    public int RejectedDays { get; set; } = 90;
}
