using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;

namespace Stats.Warehouse.OData;

/// <summary>
/// Whether a translated expression can be NULL in SQL. Only where it cannot may the translator use plain operators
/// (better DuckDB plans); when unsure it answers true, which is always correct, only slower.
/// </summary>
internal static class NullSemantics
{
    public static bool IsNullable(SingleValueNode node) => node switch
    {
        ConstantNode c => c.Value is null,
        ConvertNode c => IsNullable(c.Source),
        SingleValuePropertyAccessNode p => p.Property.Type.IsNullable,
        UnaryOperatorNode { OperatorKind: UnaryOperatorKind.Not } => false,
        UnaryOperatorNode u => IsNullable(u.Operand),
        BinaryOperatorNode b => b.OperatorKind switch
        {
            BinaryOperatorKind.And or BinaryOperatorKind.Or or BinaryOperatorKind.Equal or BinaryOperatorKind.NotEqual
                or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual
                or BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual => false,

            // Division or modulo by zero yields NULL in DuckDB.
            BinaryOperatorKind.Divide or BinaryOperatorKind.Modulo => true,
            _ => IsNullable(b.Left) || IsNullable(b.Right),
        },
        InNode => false,
        SingleValueFunctionCallNode f when FunctionSql.IsTwoValued(f.Name) => false,
        SingleValueFunctionCallNode f => f.Parameters.OfType<SingleValueNode>().Any(IsNullable),
        _ => true,
    };

    public static bool IsIntegral(SingleValueNode node) =>
        node.TypeReference?.AsPrimitive().PrimitiveKind() is EdmPrimitiveTypeKind.Int32 or EdmPrimitiveTypeKind.Int64
            or EdmPrimitiveTypeKind.Int16 or EdmPrimitiveTypeKind.Byte or EdmPrimitiveTypeKind.SByte;
}
