using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Stats.Catalog.Configuration;

/// <summary>
/// Sets SQLite's busy timeout on every connection EF opens. The API, the scheduler and the CLI may
/// all touch the catalog; without it a reader that meets a writer's lock fails instead of waiting.
/// The pragma is per connection, so it cannot be set once when the database is created.
/// </summary>
internal sealed class SqliteBusyTimeoutInterceptor(TimeSpan timeout) : DbConnectionInterceptor
{
    private readonly string _pragma = FormattableString.Invariant($"PRAGMA busy_timeout = {(long)timeout.TotalMilliseconds};");

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = _pragma;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
