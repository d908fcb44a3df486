using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Stats.Warehouse.Sql;

namespace Stats.Etl.Readers;

/// <summary>Creates a raw temp table (record number, optional parent record number, VARCHAR columns) and appends text rows.</summary>
internal sealed class RawAppender : IDisposable
{
    private readonly DuckDBAppender _appender;
    private readonly bool _withParent;

    private RawAppender(DuckDBAppender appender, bool withParent)
    {
        _appender = appender;
        _withParent = withParent;
    }

    public static async Task<RawAppender> CreateAsync(DuckDBConnection connection, string table, int columnCount, bool withParent, CancellationToken cancellationToken)
    {
        var ddl = new StringBuilder($"CREATE OR REPLACE TEMP TABLE {table} (record_number BIGINT");
        if (withParent)
        {
            ddl.Append(", parent_record_number BIGINT");
        }

        for (var i = 0; i < columnCount; i++)
        {
            ddl.Append(CultureInfo.InvariantCulture, $", {FlatLayout.ColumnName(i)} VARCHAR");
        }

        await connection.ExecuteAsync(ddl.Append(')').ToString(), cancellationToken).ConfigureAwait(false);
        return new RawAppender(connection.CreateAppender("temp", "main", table), withParent);
    }

    public void Append(long recordNumber, long? parentRecordNumber, IReadOnlyList<string?> values)
    {
        var row = _appender.CreateRow().AppendValue(recordNumber);
        if (_withParent)
        {
            row.AppendValue(parentRecordNumber);
        }

        foreach (var value in values)
        {
            row.AppendValue(value);
        }

        row.EndRow();
    }

    public void Dispose() => _appender.Dispose();
}
