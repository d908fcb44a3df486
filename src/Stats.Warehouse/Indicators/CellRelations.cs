using Stats.Core.Disclosure;
using Stats.Warehouse.Indicators.Aggregates;

namespace Stats.Warehouse.Indicators;

/// <summary>
/// The additive relations an attacker can use between the published cells of one indicator and year: a total and its
/// categories along one breakdown, a year and its quarters or months, a quarter and its months. A relation is used
/// whenever its members add up to its total in the data — by definition for additive breakdowns and for units placed
/// in one period; for non-additive ones (any form, registering organisation) only when they happen to add up, which
/// assumes, conservatively, that a reader could guess it. Cells of aggregate returns that are missing are left out of
/// relations (nothing is known of them, and a reader adding up the published figures takes them as nothing).
/// </summary>
internal static class CellRelations
{
    private const string Total = "_T";

    /// <summary>The candidate relations that add up with the cell values <paramref name="values"/>.</summary>
    public static List<AdditiveRelation> AddingUp(IReadOnlyList<AdditiveRelation> candidates, IReadOnlyList<long> values) =>
        candidates.Where(r => r.Members.Sum(m => values[m]) == values[r.Total]).ToList();

    /// <summary>Every total with its categories, or its periods, whether or not they add up.</summary>
    public static List<AdditiveRelation> Candidates(IReadOnlyList<ProtectionCell> cells)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < cells.Count; i++)
        {
            index[Key(cells[i].Frequency, cells[i].PeriodNo, cells[i].Codes)] = i;
        }

        var dimensions = cells.Count == 0 ? 0 : cells[0].Codes.Count;
        var codes = Enumerable.Range(0, dimensions)
            .Select(d => cells.Select(c => c.Codes[d]).Where(c => c != Total).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList())
            .ToList();

        var relations = new List<AdditiveRelation>();
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            for (var d = 0; d < dimensions; d++)
            {
                if (cell.Codes[d] == Total && codes[d].Count > 0)
                {
                    var members = codes[d].Select(code => Find(index, cell.Frequency, cell.PeriodNo, With(cell.Codes, d, code))).ToList();
                    Add(relations, cells, i, members);
                }
            }

            switch (cell.Frequency)
            {
                case "A":
                    Add(relations, cells, i, Enumerable.Range(1, 4).Select(q => Find(index, "Q", q, cell.Codes)).ToList());
                    Add(relations, cells, i, Enumerable.Range(1, 12).Select(m => Find(index, "M", m, cell.Codes)).ToList());
                    break;
                case "Q":
                    Add(relations, cells, i, Enumerable.Range((3 * cell.PeriodNo) - 2, 3).Select(m => Find(index, "M", m, cell.Codes)).ToList());
                    break;
            }
        }

        return relations;
    }

    private static void Add(List<AdditiveRelation> relations, IReadOnlyList<ProtectionCell> cells, int total, List<int> members)
    {
        // A member without a cell means that breakdown or period is not published with these codes: no relation to exploit.
        if (members.Count < 2 || members.Contains(-1) || cells[total].Status == AggregateStatus.Missing)
        {
            return;
        }

        var known = members.Where(m => cells[m].Status != AggregateStatus.Missing).ToList();
        if (known.Count >= 2)
        {
            relations.Add(new AdditiveRelation(total, known));
        }
    }

    private static int Find(Dictionary<string, int> index, string frequency, int period, IReadOnlyList<string> codes) =>
        index.TryGetValue(Key(frequency, period, codes), out var i) ? i : -1;

    private static string[] With(IReadOnlyList<string> codes, int d, string code)
    {
        var copy = codes.ToArray();
        copy[d] = code;
        return copy;
    }

    private static string Key(string frequency, int period, IReadOnlyList<string> codes) =>
        frequency + "\u001f" + period.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\u001f" + string.Join('\u001f', codes);
}
