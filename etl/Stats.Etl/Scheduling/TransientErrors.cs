using System.Data.Common;
using DuckDB.NET.Data;
using Stats.Warehouse;

namespace Stats.Etl.Scheduling;

/// <summary>
/// Which failures are worth a retry: the warehouse held by another writer, a busy or dropped database connection, the
/// network, a timeout, a file still held by another process. Everything else (a bug, a broken contract, a full disk
/// named as such) fails the run at once, so that an operator sees it instead of a retry loop.
/// </summary>
public static class TransientErrors
{
    public static bool IsTransient(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case WarehouseLockedException:
                case HttpRequestException:
                case TimeoutException:
                case TransientPullException:
                case Packs.TransientPackException:
                    return true;
                case DuckDBException duck when duck.Message.Contains("lock", StringComparison.OrdinalIgnoreCase):
                    return true;
                case DbException db when db.IsTransient:
                    return true;
                case IOException io when io is not (FileNotFoundException or DirectoryNotFoundException or Channels.DeliveryTooLargeException) && !IsDiskFull(io):
                    return true;
            }
        }

        return false;
    }

    // ENOSPC (28) and Windows' ERROR_DISK_FULL (112) will not go away by waiting.
    private static bool IsDiskFull(IOException io) => (io.HResult & 0xFFFF) is 28 or 112;
}
