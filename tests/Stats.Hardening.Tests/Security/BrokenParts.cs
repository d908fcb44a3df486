using Stats.Api;
using Stats.Api.Access;
using Stats.Api.Intake;
using Stats.Api.Operations;

namespace Stats.Hardening.Tests.Security;

/// <summary>
/// Host parts that fail the way real ones do (a catalog server gone, a full disk, a scheduler that throws), each with an
/// exception whose message names a file path and a marker: neither may reach an answer, both must reach the log.
/// </summary>
internal static class BrokenParts
{
    public const string Marker = "INSIDE-7f3a";

    /// <summary>A key that makes the key store itself throw (the catalog unreachable), so the exception escapes every endpoint.</summary>
    public const string ThrowingKey = "stats_catalog-unreachable-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

    public static InvalidOperationException Failure(string part) =>
        new($"{part} failed: could not open /var/lib/stats/{Marker}/catalog.db ({Marker})");

    public sealed class KeyStore(IApiKeyStore inner) : IApiKeyStore
    {
        public Task<ApiCaller?> FindAsync(string key, CancellationToken cancellationToken) =>
            key == ThrowingKey ? throw Failure("the key store") : inner.FindAsync(key, cancellationToken);
    }

    public sealed class Health : IHealthReporter
    {
        public Task<HealthReport> ReportAsync(CancellationToken cancellationToken) => throw Failure("the health report");
    }

    public sealed class Runs : IJobRunReader
    {
        public Task<IReadOnlyList<JobRunView>> RecentAsync(int limit, string? job, CancellationToken cancellationToken) => throw Failure("the run history");
    }

    public sealed class Scheduler : IJobTrigger
    {
        public IReadOnlyList<string> Jobs => ["publish"];

        public Task<IReadOnlyList<JobView>> ListAsync(CancellationToken cancellationToken) => throw Failure("the job list");

        public Task<bool> TriggerAsync(string job, CancellationToken cancellationToken) => throw Failure("the scheduler");
    }

    public sealed class Inbox : IDeliveryInbox
    {
        public bool Knows(string contractId) => true;

        public IReadOnlyList<string> AllowedExtensions(string contractId) => [".csv"];

        public Task<UploadReceipt> AcceptAsync(string contractId, string fileName, DeliveryContent content, long maxBytes, CancellationToken cancellationToken) =>
            throw Failure("the inbox");
    }
}
