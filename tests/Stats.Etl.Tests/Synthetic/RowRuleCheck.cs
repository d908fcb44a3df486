using System.Globalization;
using System.Text.RegularExpressions;

namespace Stats.Etl.Tests.Synthetic;

/// <summary>The tests' own implementation of the intake row rules (etl/contracts/README.md) for police-victims rows.</summary>
internal static partial class RowRuleCheck
{
    /// <summary>The clock the test generator runs with: anything later is in the future.</summary>
    private static readonly DateOnly Today = new(2026, 3, 15);

    public static List<string> Broken(ContractMapping contract, IReadOnlyDictionary<string, object?> row)
    {
        var broken = new List<string>();
        string Value(string column) => (string?)row[column] ?? string.Empty;

        if (contract.RequiredColumns.Any(c => Value(c).Trim().Length == 0))
        {
            broken.Add("missing_required_value");
        }

        foreach (var column in contract.Columns.Where(c => contract.Json.GetProperty("columns").GetProperty(c).TryGetProperty("codes", out _)))
        {
            try
            {
                contract.Canonical(column, Value(column));
            }
            catch (Xunit.Sdk.XunitException)
            {
                broken.Add("unknown_code");
            }
        }

        var dates = new Dictionary<string, DateOnly>();
        foreach (var column in new[] { "detected_on", "identified_on" }.Where(c => Value(c).Length > 0))
        {
            if (!DateOnly.TryParseExact(Value(column), contract.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                broken.Add("impossible_date");
            }
            else if (date > Today)
            {
                broken.Add("future_date");
            }
            else
            {
                dates[column] = date;
            }
        }

        if (dates.TryGetValue("detected_on", out var detected) && dates.TryGetValue("identified_on", out var identified) && identified < detected)
        {
            broken.Add("decision_before_registration");
        }

        if (Value("age").Length > 0 && int.Parse(Value("age"), CultureInfo.InvariantCulture) is < 0 or > 120)
        {
            broken.Add("age_out_of_range");
        }

        if (Value("person_pseudonym").Length > 0 && !HexKey().IsMatch(Value("person_pseudonym")))
        {
            broken.Add("malformed_linkage_key");
        }

        return broken;
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex HexKey();
}
