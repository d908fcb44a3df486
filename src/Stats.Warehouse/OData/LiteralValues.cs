using System.Globalization;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;

namespace Stats.Warehouse.OData;

/// <summary>Turns parsed literal values into DuckDB parameter values of the published types.</summary>
internal static class LiteralValues
{
    public static bool IsNullLiteral(SingleValueNode node) => node switch
    {
        ConstantNode c => c.Value is null,
        ConvertNode c => IsNullLiteral(c.Source),
        _ => false,
    };

    /// <summary>Applies a parser promotion (e.g. an Int32 or Decimal literal compared with a Double column) to the value itself.</summary>
    public static object? ConvertTo(object? value, IEdmTypeReference? type)
    {
        if (value is null || type is null || !type.IsPrimitive())
        {
            return value;
        }

        return type.AsPrimitive().PrimitiveKind() switch
        {
            EdmPrimitiveTypeKind.Double when value is IConvertible => Convert.ToDouble(value, CultureInfo.InvariantCulture),
            EdmPrimitiveTypeKind.Int64 when value is int or long or short or byte or sbyte => Convert.ToInt64(value, CultureInfo.InvariantCulture),
            _ => value,
        };
    }

    public static object ToParameter(object value, IEdmTypeReference? type) => value switch
    {
        string or bool or int or long or double => value,
        short or byte or sbyte => Convert.ToInt32(value, CultureInfo.InvariantCulture),
        float f => (double)f,

        // Literals like 2.5 parse as Edm.Decimal; published measures are DOUBLE or BIGINT (see the OData notes).
        decimal d => (double)d,
        DateOnly d => d,
#pragma warning disable CS0618 // ODL 8 still hands date literals over as Edm.Date; the type goes away in ODL 9 (DateOnly above).
        Date d => new DateOnly(d.Year, d.Month, d.Day),
#pragma warning restore CS0618
        _ => throw new ODataQueryNotSupportedException(
            $"Literals of type {type?.FullName() ?? value.GetType().Name} are not supported."),
    };
}
