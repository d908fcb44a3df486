using System.Xml;
using DuckDB.NET.Data;
using Stats.Warehouse.Sql;

namespace Stats.Warehouse.Freshness;

/// <summary>
/// Writes the contracts' timeliness expectations into meta_source_expectation (migration 0009). The table is replaced as a
/// whole, so a contract that was removed stops being expected and one that never delivered is expected from the start.
/// </summary>
public static class SourceExpectations
{
    public static async Task SyncAsync(DuckDBConnection writer, IReadOnlyList<SourceExpectation> expectations, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(expectations);
        foreach (var e in expectations)
        {
            Check(e);
        }

        var duplicate = expectations.GroupBy(e => e.ContractId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Contract '{duplicate.Key}' has more than one expectation.", nameof(expectations));
        }

        await using var tx = await writer.BeginTransactionAsync(ct).ConfigureAwait(false);
        await writer.ExecuteAsync("DELETE FROM meta_source_expectation", ct).ConfigureAwait(false);
        foreach (var e in expectations)
        {
            await writer.ExecuteAsync(
                "INSERT INTO meta_source_expectation VALUES ($contract, $source, $type, $every_iso, $every, $late, $overdue)",
                ct,
                ("contract", e.ContractId), ("source", e.SourceCode), ("type", e.OrganisationType),
                ("every_iso", XmlConvert.ToString(e.ExpectedEvery)), ("every", (long)e.ExpectedEvery.TotalSeconds),
                ("late", (long)e.LateAfter.TotalSeconds), ("overdue", (long)e.OverdueAfter.TotalSeconds)).ConfigureAwait(false);
        }

        await tx.CommitAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Rejects what the table could not hold exactly (fractions of a second) or what makes no schedule.</summary>
    private static void Check(SourceExpectation e)
    {
        ArgumentNullException.ThrowIfNull(e);
        foreach (var (name, value) in new[] { ("ContractId", e.ContractId), ("SourceCode", e.SourceCode), ("OrganisationType", e.OrganisationType) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException($"Expectation of contract '{e.ContractId}': {name} is empty.", nameof(e));
            }
        }

        foreach (var (name, value) in new[] { ("ExpectedEvery", e.ExpectedEvery), ("LateAfter", e.LateAfter), ("OverdueAfter", e.OverdueAfter) })
        {
            if (value <= TimeSpan.Zero || value.Ticks % TimeSpan.TicksPerSecond != 0)
            {
                throw new ArgumentException($"Expectation of contract '{e.ContractId}': {name} must be a positive whole number of seconds, not {value}.", nameof(e));
            }
        }

        if (e.OverdueAfter < e.LateAfter)
        {
            throw new ArgumentException($"Expectation of contract '{e.ContractId}': OverdueAfter ({e.OverdueAfter}) is shorter than LateAfter ({e.LateAfter}).", nameof(e));
        }
    }
}
