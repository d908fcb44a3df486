using Stats.Etl.Contracts;
using Stats.Etl.Operations;

namespace Stats.Etl.Scheduling;

/// <summary>
/// Rebuild and publish, with the contracts' delivery expectations recorded first (so the vintage records which sources
/// were late when it was published). Failing data tests are a permanent failure: the previous vintage keeps serving and
/// a retry would fail the same way.
/// </summary>
public sealed class PublishWork(ContractRepository contracts, WarehouseWriter writer)
{
    public Task<JobReport> RunAsync(CancellationToken cancellationToken) =>
        writer.RunAsync(async (session, ct) =>
        {
            var result = await session.PublishAsync(ContractExpectations.From(contracts.All()), null, ct).ConfigureAwait(false);
            return result.Published && result.Vintage is { } vintage
                ? new JobReport { VintageId = vintage.Id, Message = FormattableString.Invariant($"published vintage {vintage.Id}") }
                : new JobReport { Failure = PublishMessages.Describe(result) };
        }, cancellationToken);
}
