namespace Stats.Etl.Scheduling;

/// <summary>
/// How the scheduler runs, bound from the "Scheduler" section. The defaults are the embedded set-up: a SQLite job store
/// under the data folder, one node. Production sets Provider = PostgreSQL, a connection string and Clustered = true.
/// </summary>
public sealed class SchedulerOptions
{
    public const string Section = "Scheduler";
    public const string SqliteProvider = "Sqlite";
    public const string PostgresProvider = "PostgreSQL";
    public const string FileName = "scheduler.db";

    /// <summary>False runs `stats serve` as a read-only feed without jobs (e.g. a replica behind a load balancer).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>"Sqlite" (default) or "PostgreSQL".</summary>
    public string Provider { get; set; } = SqliteProvider;

    /// <summary>Null means <c>Data Source=&lt;data&gt;/scheduler.db</c> for SQLite; required for PostgreSQL.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Quartz clustering over the shared job store (PostgreSQL only): another node takes over a dead node's jobs.</summary>
    public bool Clustered { get; set; }

    /// <summary>This node's id in the cluster; null generates one (host name and time), as Quartz does for AUTO.</summary>
    public string? InstanceId { get; set; }

    /// <summary>How often an idle scheduler looks for triggers another process stored (e.g. `stats run` while serving).</summary>
    public TimeSpan IdleWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How late a fire may be before it counts as missed (and runs once, as a catch-up).</summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Publish waits this long after a loaded delivery, so that a burst of deliveries publishes once.</summary>
    public TimeSpan PublishDelay { get; set; } = TimeSpan.FromMinutes(2);

    public RetryOptions Retry { get; set; } = new();

    public RetentionOptions Retention { get; set; } = new();

    public bool IsPostgres => string.Equals(Provider, PostgresProvider, StringComparison.OrdinalIgnoreCase);

    /// <summary>The connection string to use, checked: PostgreSQL needs one; an unknown provider is refused by name.</summary>
    public string Resolve(string dataDirectory)
    {
        if (IsPostgres)
        {
            return string.IsNullOrWhiteSpace(ConnectionString)
                ? throw new InvalidOperationException($"Scheduler:ConnectionString is required when Scheduler:Provider is '{PostgresProvider}'.")
                : ConnectionString;
        }

        if (!string.Equals(Provider, SqliteProvider, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Scheduler:Provider '{Provider}' is not supported; use '{SqliteProvider}' or '{PostgresProvider}'.");
        }

        if (Clustered)
        {
            throw new InvalidOperationException("Scheduler:Clustered needs Scheduler:Provider 'PostgreSQL': a SQLite job store is one process's.");
        }

        return ConnectionString ?? $"Data Source={Path.Combine(Path.GetFullPath(dataDirectory), FileName)}";
    }
}
