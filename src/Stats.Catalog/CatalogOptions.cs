namespace Stats.Catalog;

/// <summary>Which database holds the catalog. Bound from "Catalog"; the default is a SQLite file in the data folder.</summary>
public sealed class CatalogOptions
{
    public const string Section = "Catalog";
    public const string SqliteProvider = "Sqlite";
    public const string PostgreSqlProvider = "PostgreSQL";
    public const string FileName = "catalog.db";

    /// <summary>"Sqlite" (default) or "PostgreSQL" (any case); each has its own migration set.</summary>
    public string Provider { get; set; } = SqliteProvider;

    /// <summary>SQLite: null means <c>Data Source=&lt;dataDirectory&gt;/catalog.db</c>. PostgreSQL: required.</summary>
    public string? ConnectionString { get; set; }

    public bool IsSqlite => string.Equals(Provider, SqliteProvider, StringComparison.OrdinalIgnoreCase);

    public bool IsPostgreSql => string.Equals(Provider, PostgreSqlProvider, StringComparison.OrdinalIgnoreCase);

    /// <summary>The connection string to use: the configured one, or (SQLite only) the catalog file under the data folder.</summary>
    public string Resolve(string dataDirectory)
    {
        if (IsPostgreSql)
        {
            // There is no sensible default server; guessing one would hide a configuration mistake.
            return string.IsNullOrWhiteSpace(ConnectionString)
                ? throw new InvalidOperationException(
                    $"Catalog provider '{PostgreSqlProvider}' needs a connection string: set {Section}:ConnectionString (e.g. \"Host=db;Database=stats;Username=stats\").")
                : ConnectionString;
        }

        return ConnectionString ?? $"Data Source={Path.Combine(Path.GetFullPath(dataDirectory), FileName)}";
    }
}
