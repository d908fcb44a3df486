using DuckDB.NET.Data;
using Stats.Warehouse.Sql;

namespace Stats.Api;

/// <summary>
/// The DuckDB settings of every connection a request is answered from: no external access (no file read or written
/// outside the snapshot, no ATTACH, no INSTALL or LOAD), no extension installed or loaded on demand (DuckDB would otherwise
/// fetch and load a known extension the first time a function of it is named), no community extensions, and then the
/// configuration locked, so no statement can switch any of it back. Even a translator bug could then not make a request
/// read other files or change settings.
/// </summary>
internal static class ServingLockdown
{
    /// <summary>lock_configuration comes last: nothing can be set after it.</summary>
    private const string Statements =
        "SET enable_external_access = false; SET autoinstall_known_extensions = false; SET autoload_known_extensions = false; " +
        "SET allow_community_extensions = false; SET lock_configuration = true;";

    private const string Check =
        "SELECT current_setting('enable_external_access') OR current_setting('autoinstall_known_extensions') " +
        "OR current_setting('autoload_known_extensions') OR current_setting('allow_community_extensions') " +
        "OR NOT current_setting('lock_configuration')";

    /// <exception cref="InvalidOperationException">The connection's database is not locked down (configured and locked elsewhere).</exception>
    public static async Task ApplyAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        // DuckDB.NET shares one database instance between the connections of a process open on the same file, so the
        // configuration is usually locked already by an earlier connection, which set everything before locking: checked
        // rather than assumed, and set only when not yet locked.
        var locked = await connection.ScalarAsync<bool>("SELECT current_setting('lock_configuration')", cancellationToken).ConfigureAwait(false);
        if (!locked)
        {
            try
            {
                await connection.ExecuteAsync(Statements, cancellationToken).ConfigureAwait(false);
            }
            catch (DuckDBException)
            {
                // A concurrent connection locked it between the check and the SETs; verified below.
            }
        }

        if (await connection.ScalarAsync<bool>(Check, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException(
                "A serving connection must have external access and extension loading off and its configuration locked.");
        }
    }
}
