namespace Stats.Etl.Tests.Scheduling;

/// <summary>
/// A fact that needs the PostgreSQL server named by STATS_TEST_POSTGRES. Without it the test is skipped with the reason
/// shown, unless STATS_REQUIRE_EXTERNAL=1 (CI): then it runs and fails on the missing server instead of passing silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnPostgreSqlFactAttribute : FactAttribute
{
    public OnPostgreSqlFactAttribute()
    {
        if (!PostgreSqlDatabase.Configured && Environment.GetEnvironmentVariable("STATS_REQUIRE_EXTERNAL") != "1")
        {
            Skip = $"needs {PostgreSqlDatabase.Variable} (a PostgreSQL connection string, set by .ci/run; STATS_REQUIRE_EXTERNAL=1 makes this a failure)";
        }
    }
}
