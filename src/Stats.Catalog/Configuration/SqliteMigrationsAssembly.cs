using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Stats.Catalog.Configuration;

/// <summary>The SQLite migration set (<see cref="CatalogMigrationsAssembly.SqliteNamespace"/>).</summary>
internal sealed class SqliteMigrationsAssembly(ICurrentDbContext currentContext)
    : CatalogMigrationsAssembly(currentContext, SqliteNamespace);
