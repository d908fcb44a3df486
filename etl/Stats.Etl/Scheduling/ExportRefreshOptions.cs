namespace Stats.Etl.Scheduling;

/// <summary>
/// The export-refresh job, bound from the "Exports" section (which the API's export endpoints read too), e.g.
/// <c>"Exports": { "Schedule": "0 15 4 * * ?", "Formats": [ "csv", "sdmx-csv" ] }</c> or
/// <c>STATS_Exports__Formats__0=csv</c>.
/// </summary>
public sealed class ExportRefreshOptions
{
    public const string Section = "Exports";

    /// <summary>
    /// Quartz cron (UTC) of the job; empty turns the scheduled run off. Default: 04:15 every day, after retention (03:30),
    /// so a publish whose refresh failed or was missed during downtime still gets its exports within a day.
    /// </summary>
    public string Schedule { get; set; } = "0 15 4 * * ?";

    /// <summary>
    /// The formats kept ready, by id; empty means every format the build knows (Stats.Warehouse's ExportFormats), so a
    /// format added later is refreshed without a configuration change. An array, not a list: the configuration binder
    /// would append configured items to a list's defaults.
    /// </summary>
    public string[] Formats { get; set; } = [];

    /// <summary>Run the job as soon as the publish job has published a vintage (besides the schedule).</summary>
    public bool AfterPublish { get; set; } = true;

    /// <summary>Temp exports left behind by a crashed request (under &lt;data&gt;/exports/tmp) are deleted after this long.</summary>
    public TimeSpan TempMaxAge { get; set; } = TimeSpan.FromDays(1);
}
