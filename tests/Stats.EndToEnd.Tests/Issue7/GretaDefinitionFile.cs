using System.Text.Json;

namespace Stats.EndToEnd.Tests.Issue7;

/// <summary>sql/exports/greta.json as the tests read it themselves (next to the test binaries): table id, indicator, row dimensions.</summary>
internal static class GretaDefinitionFile
{
    public sealed record Table(string Id, string Indicator, IReadOnlyList<string> Rows);

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "sql", "exports", "greta.json");

    public static List<Table> Tables()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path));
        return document.RootElement.GetProperty("tables").EnumerateArray().Select(t => new Table(
            t.GetProperty("id").GetString()!, t.GetProperty("indicator").GetString()!,
            t.GetProperty("rows").EnumerateArray().Select(r => r.GetString()!).ToList())).ToList();
    }

    /// <summary>The OData property of a dimension id: age_group → AgeGroup.</summary>
    public static string Property(string dimension) =>
        string.Concat(dimension.Split('_').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
