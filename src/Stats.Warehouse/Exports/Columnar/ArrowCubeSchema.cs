using Apache.Arrow;
using Apache.Arrow.Types;

namespace Stats.Warehouse.Exports.Columnar;

/// <summary>
/// The Arrow schema of one exported cube: a field per OData property, typed and nullable as the OData model declares it
/// (strings; Year int32; PeriodStart and PeriodEnd date32; Value a nullable double; Contributors int64), each dimension's
/// code field annotated with its registry id and title, and the export's provenance plus the indicator as schema metadata.
/// </summary>
internal static class ArrowCubeSchema
{
    public static Schema For(ExportContext context, ExportCube cube)
    {
        var builder = new Schema.Builder();
        foreach (var column in cube.Columns)
        {
            var field = new Field.Builder().Name(column).DataType(TypeOf(column)).Nullable(column == "Value");
            if (cube.Dimensions.FirstOrDefault(d => d.Property == column) is { } dimension)
            {
                field.Metadata("stats.dimension", dimension.Id).Metadata("stats.title", dimension.Title);
            }

            builder.Field(field.Build());
        }

        builder.Metadata(context.Provenance());
        builder.Metadata("stats.indicator", cube.Indicator.Id)
            .Metadata("stats.title", cube.Indicator.Title)
            .Metadata("stats.unit", cube.Indicator.Unit)
            .Metadata("stats.definition", cube.Indicator.Definition);
        return builder.Build();
    }

    /// <summary>
    /// DuckDB hands the cube's rows over as Arrow already; this checks that what it produced is what the schema promises
    /// (same names and types in order, no null where the OData model has none), so a change to the cube SQL fails the
    /// export instead of writing files that disagree with the feed.
    /// </summary>
    public static void Check(Schema expected, RecordBatch batch, string indicator)
    {
        if (batch.ColumnCount != expected.FieldsList.Count)
        {
            throw new InvalidOperationException(
                $"Arrow export of {indicator}: DuckDB returned {batch.ColumnCount} columns, the cube has {expected.FieldsList.Count}.");
        }

        for (var i = 0; i < batch.ColumnCount; i++)
        {
            var want = expected.FieldsList[i];
            var got = batch.Schema.FieldsList[i];
            if (got.Name != want.Name || got.DataType.TypeId != want.DataType.TypeId)
            {
                throw new InvalidOperationException(
                    $"Arrow export of {indicator}: column {i + 1} is {got.Name} ({got.DataType.Name}), the cube has {want.Name} ({want.DataType.Name}).");
            }

            if (!want.IsNullable && batch.Column(i).NullCount > 0)
            {
                throw new InvalidOperationException($"Arrow export of {indicator}: column {want.Name} has empty values, which the OData model does not allow.");
            }
        }
    }

    private static IArrowType TypeOf(string column) => column switch
    {
        "Year" => Int32Type.Default,
        "PeriodStart" or "PeriodEnd" => Date32Type.Default,
        "Value" => DoubleType.Default,
        "Contributors" => Int64Type.Default,
        _ => StringType.Default,
    };
}
