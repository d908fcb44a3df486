using System.Collections.Concurrent;

namespace Stats.EndToEnd.Tests.Issue7;

/// <summary>One `stats export sdmx-csv` per role for the whole collection: the tests only read the folders.</summary>
internal static class SdmxExports
{
    private static readonly ConcurrentDictionary<(string Data, string Role), Lazy<Task<string>>> Folders = new();

    public static Task<string> FolderAsync(Issue7Warehouse warehouse, string role) =>
        Folders.GetOrAdd((warehouse.DataPath, role), key => new Lazy<Task<string>>(() => warehouse.ExportAsync("sdmx-csv", key.Role))).Value;

    /// <summary>Every row of an exported CSV read by DuckDB's read_csv, every value as text (empty for an empty field).</summary>
    public static List<Dictionary<string, string>> Rows(string file) =>
        ExportCells.Query($"SELECT * FROM read_csv('{file.Replace("'", "''", StringComparison.Ordinal)}', header = true, all_varchar = true, delim = ',', quote = '\"')");

    /// <summary>The SDMX code the export must write for a registry code: characters outside SDMX's id alphabet become '_'.</summary>
    public static string SdmxCode(string code) => System.Text.RegularExpressions.Regex.Replace(code, "[^A-Za-z0-9_@$-]", "_");
}
