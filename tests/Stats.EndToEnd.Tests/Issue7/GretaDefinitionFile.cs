using System.Text.Json;

namespace Stats.EndToEnd.Tests.Issue7;

/// <summary>sql/exports/greta.json as the tests read it themselves (next to the test binaries): table id, indicator, row dimensions.</summary>
internal static class GretaDefinitionFile
{
    public sealed record Table(string Id, string Indicator, IReadOnlyList<string> Rows);

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "sql", "exports", "greta.json");

    /// <summary>Every table; one of layout "estimate" (T34: V09 next to its known count, checked by the issue 9 tests) has no rows.</summary>
    public static List<Table> Tables()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path));
        return document.RootElement.GetProperty("tables").EnumerateArray().Select(t => new Table(
            t.GetProperty("id").GetString()!, t.GetProperty("indicator").GetString()!,
            t.TryGetProperty("rows", out var rows) ? rows.EnumerateArray().Select(r => r.GetString()!).ToList() : [])).ToList();
    }

    /// <summary>The OData property of a dimension id: age_group → AgeGroup.</summary>
    public static string Property(string dimension) =>
        string.Concat(dimension.Split('_').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
