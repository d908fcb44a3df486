using System.Globalization;

namespace Stats.Warehouse.Vintages;

/// <summary>
/// What current.json and each vintage-NNNNNN.json hold. The file name is relative to the vintages folder so that
/// the folder can be moved or mounted elsewhere (shared storage for API replicas).
/// </summary>
internal sealed record VintageManifest(int Id, DateTimeOffset PublishedAt, string File)
{
    public static string DatabaseFileName(int id) => string.Create(CultureInfo.InvariantCulture, $"vintage-{id:000000}.duckdb");

    public static string ManifestFileName(int id) => string.Create(CultureInfo.InvariantCulture, $"vintage-{id:000000}.json");

    public VintageInfo ToInfo(string vintagesPath) => new(Id, PublishedAt, Path.Combine(vintagesPath, File));
}
