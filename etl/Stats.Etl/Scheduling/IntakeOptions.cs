namespace Stats.Etl.Scheduling;

/// <summary>Where deliveries arrive, bound from the "Intake" section (besides ContractsDirectory and Sources:*:Pull).</summary>
public sealed class IntakeOptions
{
    public const string Section = "Intake";

    /// <summary>Root of the inbox folders (one per contract id); null means &lt;data&gt;/inbox.</summary>
    public string? InboxDirectory { get; set; }

    /// <summary>A file without a .ready marker is taken once its size and time have not changed for this long.</summary>
    public TimeSpan StableFor { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the inboxes are looked at between scheduled pulls (a pull runs as soon as a file is ready).</summary>
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest file accepted from an HTTP pull or an upload.</summary>
    public long MaxDeliveryBytes { get; set; } = 512L * 1024 * 1024;

    public string InboxPath(string dataDirectory) => Path.GetFullPath(InboxDirectory ?? Path.Combine(dataDirectory, "inbox"));
}
