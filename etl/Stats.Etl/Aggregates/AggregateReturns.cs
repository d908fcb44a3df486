using DuckDB.NET.Data;
using Stats.Etl.Contracts;

namespace Stats.Etl.Aggregates;

/// <summary>
/// Everything before the transaction of an aggregate delivery: map the delivered table to cells with the
/// warehouse's code lists, run the consistency checks (the revision check against the cells already stored) and
/// refuse when a check the contract says <c>refuse</c> for found something. Reads only; writes nothing.
/// </summary>
internal static class AggregateReturns
{
    public static async Task<PreparedReturn> PrepareAsync(
        DuckDBConnection connection, SourceContract contract, DeliveredTable table, string fileName, DateOnly today, CancellationToken cancellationToken)
    {
        var codes = await AggregateCodes.LoadAsync(connection, contract, cancellationToken).ConfigureAwait(false);
        var cells = new AggregateCellReader(contract, codes, today, fileName).Read(table);
        var revisions = await RevisionCheck.FindAsync(connection, contract, cells, fileName, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<AggregateFinding> findings = [.. new ConsistencyChecks(cells, fileName).Find(), .. revisions];
        CheckActions.RefuseIfAny(contract.Aggregate!.Checks, findings, fileName);
        return new PreparedReturn(cells, findings);
    }
}
