using System.Text.Json;

namespace Stats.EndToEnd.Tests.Issue7;

/// <summary>
/// sql/exports/greta.json as the tests read it themselves (next to the test binaries): table id, indicator, row dimensions of
/// every table laid out by breakdowns.
/// </summary>
internal static class GretaDefinitionFile
{
    public sealed record Table(string Id, string Indicator, IReadOnlyList<string> Rows);

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "sql", "exports", "greta.json");

    public static List<Table> Tables()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path));
        // A table of layout "estimate" (T34, V09 next to its known count) has no rows; the issue 9 tests check it.
        return document.RootElement.GetProperty("tables").EnumerateArray().Where(t => !t.TryGetProperty("layout", out _)).Select(t => new Table(
            t.GetProperty("id").GetString()!, t.GetProperty("indicator").GetString()!,
            t.GetProperty("rows").EnumerateArray().Select(r => r.GetString()!).ToList())).ToList();
    }

    /// <summary>The OData property of a dimension id: age_group → AgeGroup.</summary>
    public static string Property(string dimension) =>
        string.Concat(dimension.Split('_').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
