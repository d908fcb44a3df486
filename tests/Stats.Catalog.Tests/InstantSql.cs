namespace Stats.Catalog.Tests;

/// <summary>SQL that reads an instant column as SQLite stores it (fixed-width UTC text); on PostgreSQL the timestamptz is formatted the same way.</summary>
internal static class InstantSql
{
    public static string Text(CatalogProvider provider, string column) => provider == CatalogProvider.Sqlite
        ? column
        : $"to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"0Z\"')";
}
