using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Stats.Catalog.Configuration;

/// <summary>
/// One context type, one migration set per provider, told apart by namespace: SQLite's live in
/// <c>Stats.Catalog.Migrations</c>, PostgreSQL's in <c>Stats.Catalog.Migrations.PostgreSql</c>. EF's own
/// lookup takes every migration of the context in the assembly, which would mix the two sets (and pick
/// one of two snapshots at random); this lookup sees only the active provider's namespace. Keeping one
/// context type means every caller's <c>new CatalogDbContext(options)</c> migrates correctly on either provider.
/// </summary>
internal abstract class CatalogMigrationsAssembly(ICurrentDbContext currentContext, string migrationsNamespace) : IMigrationsAssembly
{
    public const string SqliteNamespace = "Stats.Catalog.Migrations";
    public const string PostgreSqlNamespace = "Stats.Catalog.Migrations.PostgreSql";

    private readonly Type _contextType = currentContext.Context.GetType();
    private IReadOnlyDictionary<string, TypeInfo>? _migrations;
    private ModelSnapshot? _snapshot;
    private bool _snapshotLoaded;

    public Assembly Assembly => typeof(CatalogDbContext).Assembly;

    public IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations ??= Assembly.DefinedTypes
        .Where(t => t.IsSubclassOf(typeof(Migration)) && !t.IsAbstract && Belongs(t))
        .Select(t => (Id: t.GetCustomAttribute<MigrationAttribute>()?.Id, Type: t))
        .Where(m => m.Id is not null)
        .OrderBy(m => m.Id, StringComparer.Ordinal)
        .ToDictionary(m => m.Id!, m => m.Type, StringComparer.Ordinal);

    public ModelSnapshot? ModelSnapshot
    {
        get
        {
            if (!_snapshotLoaded)
            {
                var type = Assembly.DefinedTypes.SingleOrDefault(t => t.IsSubclassOf(typeof(ModelSnapshot)) && !t.IsAbstract && Belongs(t));
                _snapshot = type is null ? null : (ModelSnapshot)Activator.CreateInstance(type.AsType())!;
                _snapshotLoaded = true;
            }

            return _snapshot;
        }
    }

    /// <summary>Accepts a full id ("20261123071110_ApiKeys") or just the name ("ApiKeys"), as EF's own lookup does.</summary>
    public string? FindMigrationId(string nameOrId) =>
        Migrations.Keys.FirstOrDefault(id => string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
            || string.Equals(id.Length > 15 ? id[15..] : id, nameOrId, StringComparison.OrdinalIgnoreCase));

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        ArgumentNullException.ThrowIfNull(migrationClass);
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    private bool Belongs(TypeInfo type) =>
        string.Equals(type.Namespace, migrationsNamespace, StringComparison.Ordinal)
        && type.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType;
}
