using Stats.Charts.Delivery;

namespace Stats.Charts.Packs;

/// <summary>Where packs come from and go, and when the monthly one is made. Bound from "Pack".</summary>
public sealed class PackOptions
{
    public const string Section = "Pack";

    /// <summary>Folder holding charts/ and packs/; null means the copy next to the binaries.</summary>
    public string? DashboardsDirectory { get; set; }

    /// <summary>Every pack is written here as well as sent (an audit copy, and the delivery when no SMTP server is set); null means &lt;data&gt;/outbox.</summary>
    public string? OutboxDirectory { get; set; }

    /// <summary>Quartz cron (UTC) of the monthly pack job, which reports on the month before; empty turns the job off. Default: the 3rd at 06:00.</summary>
    public string Schedule { get; set; } = "0 0 6 3 * ?";

    /// <summary>The mail server (section Pack:Smtp); without a host, packs go to the outbox only.</summary>
    public SmtpOptions Smtp { get; set; } = new();

    public string DashboardsPath => Path.GetFullPath(DashboardsDirectory ?? Path.Combine(AppContext.BaseDirectory, "dashboards"));

    public string OutboxPath(string dataPath) => Path.GetFullPath(OutboxDirectory ?? Path.Combine(dataPath, "outbox"));
}
