namespace Stats.Api.Exports;

/// <summary>
/// How the export endpoints make exports, bound from the <c>Exports</c> section (the section the export-refresh job reads
/// its schedule and formats from), e.g. <c>STATS_Exports__MaxConcurrentBuilds=1</c>.
/// </summary>
public sealed class ExportServeOptions
{
    public const string Section = "Exports";

    /// <summary>
    /// Exports made at once by this process (waiting requests queue): making one reads a whole vintage and can take a core
    /// for seconds, so a burst of filtered requests must not starve the OData feed. Served copies are not limited.
    /// </summary>
    public int MaxConcurrentBuilds { get; set; } = 2;

    /// <summary>Where filtered and older-vintage exports are made and deleted after the response: &lt;data&gt;/exports/tmp.</summary>
    public static string TempPath(string dataPath) => Path.Combine(dataPath, "exports", "tmp");
}
