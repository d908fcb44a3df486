using Quartz;

namespace Stats.Etl.Scheduling;

/// <summary>
/// The names jobs go by in the job store, the run history and `stats run &lt;job&gt;`: <c>pull:&lt;contract-id&gt;</c> per source
/// contract, <c>publish</c>, <c>retention</c>, <c>pack</c> and <c>export-refresh</c>. One group, so a name alone identifies a job.
/// </summary>
public static class JobNames
{
    public const string Group = "stats";
    public const string PullPrefix = "pull:";
    public const string Publish = "publish";
    public const string Retention = "retention";
    public const string Pack = "pack";
    public const string ExportRefresh = "export-refresh";

    /// <summary>Jobs that write the warehouse share this execution group, limited to one at a time.</summary>
    public const string WarehouseGroup = "warehouse";

    public static string Pull(string contractId) => PullPrefix + contractId;

    public static bool IsPull(string job, out string contractId)
    {
        ArgumentNullException.ThrowIfNull(job);
        contractId = job.StartsWith(PullPrefix, StringComparison.Ordinal) ? job[PullPrefix.Length..] : "";
        return contractId.Length > 0;
    }

    public static JobKey Key(string job) => new(job, Group);
}
