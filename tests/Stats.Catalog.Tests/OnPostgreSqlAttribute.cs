using System.Reflection;
using Xunit.Sdk;

namespace Stats.Catalog.Tests;

/// <summary>
/// A theory row that runs the test on a fresh database of the PostgreSQL server named by STATS_TEST_POSTGRES. Without
/// it the row is skipped with the reason shown, unless STATS_REQUIRE_EXTERNAL=1 (CI): then it runs and fails on the
/// missing server instead of passing silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnPostgreSqlAttribute : DataAttribute
{
    public OnPostgreSqlAttribute()
    {
        if (!PostgreSqlServer.Configured && Environment.GetEnvironmentVariable("STATS_REQUIRE_EXTERNAL") != "1")
        {
            Skip = $"needs {PostgreSqlServer.Variable} (a PostgreSQL connection string, set by .ci/run; STATS_REQUIRE_EXTERNAL=1 makes this a failure)";
        }
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[CatalogProvider.PostgreSql]];
}
