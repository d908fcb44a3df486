using System.Globalization;
using DuckDB.NET.Data;
using Microsoft.OData;
using Stats.Warehouse.OData;
using Stats.Warehouse.Sql;

namespace Stats.Api;

/// <summary>Runs translated SQL and turns rows into OData resources, converting each value by the property's declared EDM type.</summary>
internal static class FeedReader
{
    public static async Task<List<ODataResource>> ReadAsync(DuckDBConnection connection, FlatEntitySet set, SqlQuery sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(sql.Sql, [.. sql.Parameters]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var properties = Enumerable.Range(0, reader.FieldCount).Select(i => set.Property(reader.GetName(i))).ToList();
        var rows = new List<ODataResource>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var values = new List<ODataProperty>(properties.Count);
            for (var i = 0; i < properties.Count; i++)
            {
                values.Add(new ODataProperty { Name = properties[i].Name, Value = reader.IsDBNull(i) ? null : Convert(properties[i].Type, reader.GetValue(i)) });
            }

            rows.Add(new ODataResource { Properties = values });
        }

        return rows;
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
