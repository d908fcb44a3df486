using Stats.Etl.Contracts;
using Stats.Etl.Operations;
using Stats.Warehouse.Freshness;

namespace Stats.Etl.Scheduling;

/// <summary>
/// Rebuild and publish: first the contracts' delivery expectations go into the warehouse (so the vintage records which
/// sources were late when it was published), then the model, the data tests and the snapshot switch. Failing data tests
/// are a permanent failure: the previous vintage keeps serving and a retry would fail the same way.
/// </summary>
public sealed class PublishWork(ContractRepository contracts, WarehouseWriter writer)
{
    public Task<JobReport> RunAsync(CancellationToken cancellationToken) =>
        writer.RunAsync(async (session, ct) =>
        {
            await SourceExpectations.SyncAsync(session.Writer, Expectations(contracts.All()), ct).ConfigureAwait(false);
            var result = await session.PublishAsync(null, ct).ConfigureAwait(false);
            return result.Published && result.Vintage is { } vintage
                ? new JobReport { VintageId = vintage.Id, Message = FormattableString.Invariant($"published vintage {vintage.Id}") }
                : new JobReport { Failure = PublishMessages.Describe(result) };
        }, cancellationToken);

    public static IReadOnlyList<SourceExpectation> Expectations(IEnumerable<SourceContract> contracts) =>
        contracts
            .Where(c => c.Timeliness is not null)
            .Select(c => (Contract: c, Rule: c.Timeliness!.ToRule()))
            .Select(x => new SourceExpectation(
                x.Contract.Id, x.Contract.Source.Code, x.Contract.Source.OrganisationType, x.Rule.ExpectedEvery, x.Rule.LateAfter, x.Rule.OverdueAfter))
            .ToList();
}
