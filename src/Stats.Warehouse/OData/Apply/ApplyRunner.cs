using System.Globalization;
using DuckDB.NET.Data;
using Microsoft.OData.Edm;
using Stats.Core.Disclosure;
using Stats.Warehouse.Sql;

namespace Stats.Warehouse.OData.Apply;

/// <summary>Translates, runs and protects one <c>$apply</c> on a fact set: the only way a result leaves the warehouse.</summary>
public static class ApplyRunner
{
    public static async Task<ApplyResult> RunAsync(
        DuckDBConnection connection, IEdmModel model, FlatEntitySet set, string apply, ApplyLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(set);
        var plan = ApplySqlTranslator.Translate(model, set, apply, limits);
        var k = set.Disclosure!.K;
        var width = plan.Columns.Count;
        var returned = new List<object?[]?>();
        var units = new List<ApplyUnits>();
        var groups = 0;
        await using (var command = connection.CreateCommand(plan.Sql.Sql, [.. plan.Sql.Parameters]))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (++groups > limits.MaxGroups)
                {
                    throw new ODataQueryInvalidException(string.Create(CultureInfo.InvariantCulture,
                        $"$apply: more than {limits.MaxGroups} groups (counting the groups the filter excludes, which disclosure control considers too); group by fewer properties."));
                }

                var inUnits = reader.GetInt64(width);
                var allUnits = reader.GetInt64(width + 1);

                // Without groupby the single row is returned even when nothing passes the filter (the count is then 0).
                units.Add(new ApplyUnits(inUnits, allUnits, Enumerable.Range(width + 2, plan.Relaxed).Select(reader.GetInt64).ToList()));
                if (inUnits == 0 && plan.Grouped)
                {
                    returned.Add(null);
                    continue;
                }

                var values = new object?[width];
                for (var i = 0; i < width; i++)
                {
                    values[i] = reader.IsDBNull(i) ? null : Normalise(plan.Columns[i].Type, reader.GetValue(i));
                }

                returned.Add(values);
            }
        }

        var statuses = ApplyProtection.Protect(units, plan.Filtered, plan.Grouped, k);
        var rows = new List<ApplyRow>(returned.Count);
        for (var r = 0; r < returned.Count; r++)
        {
            if (returned[r] is not { } values)
            {
                continue;
            }
            if (statuses[r] != ConfidentialityStatus.Free)
            {
                for (var i = 0; i < width; i++)
                {
                    values[i] = plan.Columns[i].IsGroup ? values[i] : null;
                }
            }

            rows.Add(new ApplyRow(values, statuses[r]));
        }

        return new ApplyResult(plan.Columns, rows, plan.Clause, k);
    }

    private static object Normalise(FlatType type, object value) => type switch
    {
        FlatType.String => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        FlatType.Int64 => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        FlatType.Int32 => Convert.ToInt32(value, CultureInfo.InvariantCulture),
        FlatType.Double => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        FlatType.Boolean => Convert.ToBoolean(value, CultureInfo.InvariantCulture),
        FlatType.Date => value switch
        {
            DateOnly d => d,
            DateTime t => DateOnly.FromDateTime(t),
            _ => throw new InvalidOperationException($"A DATE column returned {value.GetType().Name}."),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
