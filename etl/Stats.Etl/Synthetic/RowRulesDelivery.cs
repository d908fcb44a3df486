using System.Globalization;

namespace Stats.Etl.Synthetic;

/// <summary>
/// The dirty police delivery for row rules: the good rows (registrations flagged for it, part of the ground truth)
/// mixed with exactly two rows per row rule, each breaking that one rule and nothing else.
/// </summary>
internal static class RowRulesDelivery
{
    public static readonly string[] Rules =
        ["unknown_code", "impossible_date", "future_date", "age_out_of_range", "decision_before_registration", "malformed_linkage_key", "missing_required_value"];

    public static List<string[]> Rows(ReferenceWindow window, IEnumerable<VictimRegistration> good, Random random)
    {
        var rows = good.Select(PoliceVictimsFormat.Row).ToList();
        var y = window.Year.ToString(CultureInfo.InvariantCulture);
        var detected = PoliceVictimsFormat.Date(window.Start.AddDays(40));
        var earlier = PoliceVictimsFormat.Date(window.Start.AddDays(30));
        var number = 0;
        string[] Bad(Action<string[]> breakIt)
        {
            number++;
            string[] row =
            [
                string.Create(CultureInfo.InvariantCulture, $"PK-{y}-R{number:D3}"), Key(random), detected, string.Empty, "potential", "w",
                (18 + random.Next(30)).ToString(CultureInfo.InvariantCulture), "RO", "AT130", "sexual", string.Empty, "yes",
            ];
            breakIt(row);
            return row;
        }

        void Identified(string[] row, string identifiedOn)
        {
            row[4] = "identified";
            row[3] = identifiedOn;
        }

        rows.Add(Bad(r => r[5] = "q"));
        rows.Add(Bad(r => r[11] = "maybe"));
        rows.Add(Bad(r => r[2] = $"30.02.{y}"));
        rows.Add(Bad(r => Identified(r, $"31.04.{y}")));
        rows.Add(Bad(r => r[2] = "14.05.2099"));
        rows.Add(Bad(r => Identified(r, "01.06.2099")));
        rows.Add(Bad(r => r[6] = "130"));
        rows.Add(Bad(r => r[6] = "-3"));
        rows.Add(Bad(r => Identified(r, earlier)));
        rows.Add(Bad(r => Identified(r, earlier)));
        rows.Add(Bad(r => r[1] = string.Concat("A", r[1].AsSpan(1)).ToUpperInvariant()));
        rows.Add(Bad(r => r[1] = r[1][..63]));
        rows.Add(Bad(r => r[2] = string.Empty));
        rows.Add(Bad(r => r[2] = string.Empty));

        var shuffled = rows.ToArray();
        random.Shuffle(shuffled);
        return [.. shuffled];
    }

    public static Dictionary<string, int> Expected() => Rules.ToDictionary(r => r, _ => 2, StringComparer.Ordinal);

    private static string Key(Random random)
    {
        var bytes = new byte[32];
        random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }
}
