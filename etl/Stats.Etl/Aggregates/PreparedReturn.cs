using System.Globalization;

namespace Stats.Etl.Aggregates;

/// <summary>An aggregate delivery read, mapped and checked, ready to be written in the batch's transaction.</summary>
internal sealed record PreparedReturn(IReadOnlyList<AggregateCell> Cells, IReadOnlyList<AggregateFinding> Findings)
{
    /// <summary>"…: loaded as batch 7: 36 cells read, 36 stored (5 censored, 0 missing), 2 findings (margin 1, revision 1)."</summary>
    public string LoadedMessage(string fileName, long batchKey)
    {
        var censored = Cells.Count(c => c.Status == CellStatus.Censored);
        var missing = Cells.Count(c => c.Status == CellStatus.Missing);
        var byCheck = AggregateFinding.CheckCodes
            .Select(code => (code, n: Findings.Count(f => f.CheckCode == code)))
            .Where(x => x.n > 0)
            .Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.code} {x.n}"))
            .ToList();
        var detail = byCheck.Count > 0 ? $" ({string.Join(", ", byCheck)})" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"{fileName}: loaded as batch {batchKey}: {Cells.Count} cells read, {Cells.Count} stored ({censored} censored, {missing} missing), {Findings.Count} {CheckActions.Plural(Findings.Count, "finding")}{detail}.");
    }
}
