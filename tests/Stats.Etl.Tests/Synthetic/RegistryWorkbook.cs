using System.Globalization;

namespace Stats.Etl.Tests.Synthetic;

/// <summary>One cell of the court registry table in canonical codes; Value is null for "&lt;5".</summary>
internal sealed record StatedCell(int Year, string Sex, string Form, int? Value);

/// <summary>Reads a court-registry-convictions workbook with the tests' XLSX reader and the contract's code maps.</summary>
internal static class RegistryWorkbook
{
    public static readonly AggregateContract Contract = new("court-registry-convictions");

    public static List<StatedCell> Read(string path)
    {
        var sheet = Contract.Json.GetProperty("format").GetProperty("sheet").GetString()!;
        var table = DeliveryTable.ReadXlsx(path, sheet);
        table.Columns.Should().Equal(Contract.YearColumn, "Geschlecht", "Ausbeutungsform", Contract.CountColumn);
        return [.. table.Rows.Select(r => new StatedCell(
            Convert.ToInt32(r[Contract.YearColumn], CultureInfo.InvariantCulture),
            Contract.Dimensions["Geschlecht"][(string)r["Geschlecht"]!],
            Contract.Dimensions["Ausbeutungsform"][(string)r["Ausbeutungsform"]!],
            Count(r[Contract.CountColumn!])))];
    }

    /// <summary>
    /// Margins (a total over sex or over form) whose stated value cannot be the sum of its details: exact details must
    /// add up to it, a "&lt;5" detail counts 1–4 (and a "&lt;5" total is 1–4).
    /// </summary>
    public static List<StatedCell> BrokenMargins(IReadOnlyList<StatedCell> cells)
    {
        var broken = new List<StatedCell>();
        foreach (var total in cells)
        {
            List<IEnumerable<StatedCell>> margins = [];
            if (total.Sex == "_T")
            {
                margins.Add(cells.Where(c => c.Form == total.Form && c.Sex != "_T"));
            }

            if (total.Form == "_T")
            {
                margins.Add(cells.Where(c => c.Sex == total.Sex && c.Form != "_T"));
            }

            foreach (var details in margins.Select(m => m.ToList()).Where(m => m.Count > 0))
            {
                var lower = details.Sum(d => d.Value ?? 1);
                var upper = details.Sum(d => d.Value ?? 4);
                if ((total.Value ?? 4) < lower || (total.Value ?? 1) > upper)
                {
                    broken.Add(total);
                }
            }
        }

        return broken;
    }

    private static int? Count(object? value) => value switch
    {
        double d when d == Math.Floor(d) => (int)d,
        "<5" => null,
        _ => throw new Xunit.Sdk.XunitException($"Not a whole number nor '<5': {value}"),
    };
}
