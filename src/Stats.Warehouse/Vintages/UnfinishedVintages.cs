using System.Text.RegularExpressions;

namespace Stats.Warehouse.Vintages;

/// <summary>
/// What a publish or a retention cut short by a kill leaves in the vintages folder: snapshot and manifest temp files, and
/// vintage files without a manifest (written, never listed, never served). No reader opens them, but each may be as large as
/// a vintage and would stay forever, and its id would be skipped. Removed by the single writer before it publishes.
/// </summary>
internal static partial class UnfinishedVintages
{
    public static IReadOnlyList<string> Remove(string vintagesPath)
    {
        if (!Directory.Exists(vintagesPath))
        {
            return [];
        }

        var removed = new List<string>();
        foreach (var file in Directory.EnumerateFiles(vintagesPath))
        {
            var name = Path.GetFileName(file);
            var unlisted = VintageFile().Match(name) is { Success: true } m
                && !File.Exists(Path.Combine(vintagesPath, $"vintage-{m.Groups["id"].Value}.json"));
            if (name.EndsWith(".tmp", StringComparison.Ordinal) || name.EndsWith(".tmp.wal", StringComparison.Ordinal) || unlisted)
            {
                File.Delete(file);
                removed.Add(name);
            }
        }

        return removed;
    }

    [GeneratedRegex(@"^vintage-(?<id>\d{6})\.duckdb(\.wal)?$", RegexOptions.CultureInvariant)]
    private static partial Regex VintageFile();
}
