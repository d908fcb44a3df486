using Microsoft.OData.Edm;

namespace Stats.Warehouse.OData;

/// <summary>The flat type of an OData expression's EDM type, shared by $orderby and $apply.</summary>
internal static class FlatTypes
{
    /// <summary>The flat type of a primitive EDM type, or null for a non-primitive or unmapped one.</summary>
    public static FlatType? Of(IEdmTypeReference? type) => type?.IsPrimitive() == true
        ? type.AsPrimitive().PrimitiveKind() switch
        {
            EdmPrimitiveTypeKind.String => FlatType.String,
            EdmPrimitiveTypeKind.Int16 or EdmPrimitiveTypeKind.Int32 or EdmPrimitiveTypeKind.Byte or EdmPrimitiveTypeKind.SByte => FlatType.Int32,
            EdmPrimitiveTypeKind.Int64 => FlatType.Int64,
            EdmPrimitiveTypeKind.Double or EdmPrimitiveTypeKind.Single or EdmPrimitiveTypeKind.Decimal => FlatType.Double,
            EdmPrimitiveTypeKind.Boolean => FlatType.Boolean,
            EdmPrimitiveTypeKind.Date => FlatType.Date,
            _ => null,
        }
        : null;
}
