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
            EdmPrimitiveTypeKind.Double or EdmPrimitiveTypeKind.Single or EdmPrimitiveTypeKind.Decimal => ToDouble(value),
            EdmPrimitiveTypeKind.Int64 when value is int or long or short or byte or sbyte => Convert.ToInt64(value, CultureInfo.InvariantCulture),
            _ => value,
        };
    }

    /// <summary>
    /// Fractional literals bind as Single, Double or Decimal depending on their digits; published measures are DOUBLE, so
    /// all become double. A float goes through its shortest text so that 0.1 stays 0.1, not 0.100000001490116.
    /// </summary>
    private static object ToDouble(object value) => value switch
    {
        float f => double.Parse(f.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        IConvertible c => c.ToDouble(CultureInfo.InvariantCulture),
        _ => value,
    };

    public static object ToParameter(object value, IEdmTypeReference? type) => value switch
    {
        string or bool or int or long or double => value,
        short or byte or sbyte => Convert.ToInt32(value, CultureInfo.InvariantCulture),
        float or decimal => ToDouble(value),
        DateOnly d => d,
#pragma warning disable CS0618 // ODL 8 still hands date literals over as Edm.Date; the type goes away in ODL 9 (DateOnly above).
        Date d => new DateOnly(d.Year, d.Month, d.Day),
#pragma warning restore CS0618
        _ => throw new ODataQueryNotSupportedException(
            $"Literals of type {type?.FullName() ?? value.GetType().Name} are not supported."),
    };
}
