using System.Globalization;
using DuckDB.NET.Data;
using Microsoft.OData;
using Stats.Warehouse.OData;
using Stats.Warehouse.Sql;

namespace Stats.Api;

/// <summary>Runs translated SQL and turns rows into OData resources, converting each value by the property's declared EDM type.</summary>
internal static class FeedReader
{
    /// <summary>
    /// Up to <paramref name="maxRows"/> rows as resources, the sort-key columns (<see cref="ODataSqlTranslator.KeyColumnPrefix"/>)
    /// of the last of them, and whether the query had another row after them.
    /// </summary>
    public static async Task<(List<ODataResource> Rows, List<object?> LastKey, bool More)> ReadAsync(
        DuckDBConnection connection, FlatEntitySet set, SqlQuery sql, int maxRows, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(sql.Sql, [.. sql.Parameters]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var keyColumns = Enumerable.Range(0, reader.FieldCount).Where(i => reader.GetName(i).StartsWith(ODataSqlTranslator.KeyColumnPrefix, StringComparison.Ordinal)).ToList();
        var properties = Enumerable.Range(0, reader.FieldCount).Except(keyColumns).Select(i => (Index: i, Property: set.Property(reader.GetName(i)))).ToList();
        var rows = new List<ODataResource>();
        var lastKey = new List<object?>();
        while (rows.Count < maxRows && await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var values = new List<ODataProperty>(properties.Count);
            foreach (var (index, property) in properties)
            {
                values.Add(new ODataProperty { Name = property.Name, Value = reader.IsDBNull(index) ? null : Convert(property.Type, reader.GetValue(index)) });
            }

            rows.Add(new ODataResource { Properties = values });
            lastKey = keyColumns.Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToList();
        }

        var more = rows.Count == maxRows && await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (rows, lastKey, more);
    }

    public static async Task<long> CountAsync(DuckDBConnection connection, SqlQuery sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(sql.Sql, [.. sql.Parameters]);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return System.Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    // ODL 8 still writes Edm.Date only from Microsoft.OData.Edm.Date (obsolete in favour of DateOnly, which 8.x does not serialise).
#pragma warning disable CS0618
    /// <summary>ODL writes Edm.Date from Microsoft.OData.Edm.Date only; numbers are widened or narrowed to the declared type.</summary>
    private static object Convert(FlatType type, object value) => type switch
    {
        FlatType.String => System.Convert.ToString(value, CultureInfo.InvariantCulture)!,
        FlatType.Int64 => System.Convert.ToInt64(value, CultureInfo.InvariantCulture),
        FlatType.Int32 => System.Convert.ToInt32(value, CultureInfo.InvariantCulture),
        FlatType.Double => System.Convert.ToDouble(value, CultureInfo.InvariantCulture),
        FlatType.Boolean => System.Convert.ToBoolean(value, CultureInfo.InvariantCulture),
        FlatType.Date => value switch
        {
            DateOnly d => new Microsoft.OData.Edm.Date(d.Year, d.Month, d.Day),
            DateTime t => new Microsoft.OData.Edm.Date(t.Year, t.Month, t.Day),
            _ => throw new InvalidOperationException($"A DATE column returned {value.GetType().Name}."),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
#pragma warning restore CS0618
}
