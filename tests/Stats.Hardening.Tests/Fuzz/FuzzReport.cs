using System.Globalization;

namespace Stats.Hardening.Tests.Fuzz;

/// <summary>The tables the fuzz test prints: requests by status, and by set, role and strategy against the status.</summary>
internal static class FuzzReport
{
    public static IEnumerable<string> Lines(IReadOnlyCollection<FuzzOutcome> outcomes)
    {
        var statuses = outcomes.Select(o => o.Status).Distinct().Order().ToList();
        yield return "requests by status: " + string.Join(", ", statuses.Select(s => $"{s}: {outcomes.Count(o => o.Status == s)}"));
        foreach (var line in Table("role", outcomes, o => o.Request.Role.ToString(), statuses))
        {
            yield return line;
        }

        foreach (var line in Table("strategy", outcomes, o => o.Request.Strategy, statuses))
        {
            yield return line;
        }

        foreach (var line in Table("set", outcomes, o => o.Request.Set, statuses))
        {
            yield return line;
        }
    }

    private static IEnumerable<string> Table(string title, IReadOnlyCollection<FuzzOutcome> outcomes, Func<FuzzOutcome, string> by, List<int> statuses)
    {
        var width = Math.Max(title.Length, outcomes.Max(o => by(o).Length));
        yield return "";
        yield return title.PadRight(width) + " " + "total".PadLeft(6) + string.Concat(statuses.Select(s => s.ToString(CultureInfo.InvariantCulture).PadLeft(6)));
        foreach (var group in outcomes.GroupBy(by).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            yield return group.Key.PadRight(width) + " " + group.Count().ToString(CultureInfo.InvariantCulture).PadLeft(6)
                + string.Concat(statuses.Select(s => group.Count(o => o.Status == s).ToString(CultureInfo.InvariantCulture).PadLeft(6)));
        }
    }
}
