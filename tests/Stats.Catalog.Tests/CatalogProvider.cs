namespace Stats.Catalog.Tests;

/// <summary>The provider a cross-provider theory runs on (see <see cref="OnSqliteAttribute"/>, <see cref="OnPostgreSqlAttribute"/>).</summary>
public enum CatalogProvider
{
    Sqlite,
    PostgreSql,
}
