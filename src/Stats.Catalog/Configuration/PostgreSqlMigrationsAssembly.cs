using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Stats.Catalog.Configuration;

/// <summary>The PostgreSQL migration set (<see cref="CatalogMigrationsAssembly.PostgreSqlNamespace"/>).</summary>
internal sealed class PostgreSqlMigrationsAssembly(ICurrentDbContext currentContext)
    : CatalogMigrationsAssembly(currentContext, PostgreSqlNamespace);
