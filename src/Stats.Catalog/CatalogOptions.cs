namespace Stats.Catalog;

/// <summary>Which database holds the catalog. Bound from "Catalog"; the default is a SQLite file in the data folder.</summary>
public sealed class CatalogOptions
{
    public const string Section = "Catalog";
    public const string SqliteProvider = "Sqlite";
    public const string FileName = "catalog.db";

    /// <summary>"Sqlite" (default). PostgreSQL needs its own migration set and is not wired yet.</summary>
    public string Provider { get; set; } = SqliteProvider;

    /// <summary>Null means <c>Data Source=&lt;dataDirectory&gt;/catalog.db</c>.</summary>
    public string? ConnectionString { get; set; }

    public bool IsSqlite => string.Equals(Provider, SqliteProvider, StringComparison.OrdinalIgnoreCase);

    /// <summary>The connection string to use: the configured one, or the catalog file under the data folder.</summary>
    public string Resolve(string dataDirectory) =>
        ConnectionString ?? $"Data Source={Path.Combine(Path.GetFullPath(dataDirectory), FileName)}";
}
