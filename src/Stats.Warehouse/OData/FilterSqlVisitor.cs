using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;

namespace Stats.Warehouse.OData;

/// <summary>
/// Translates a bound $filter/$orderby expression to DuckDB SQL with OData null semantics: every boolean the visitor
/// produces for a comparison, a string predicate or "in" is two-valued (never NULL), so "not" inverts exactly as OData says
/// (null lt 5 is false, hence not(null lt 5) is true). Nodes without an override fall to the base class, whose
/// NotImplementedException the translator turns into <see cref="ODataQueryNotSupportedException"/>.
/// </summary>
internal sealed class FilterSqlVisitor(FlatEntitySet set, SqlParameterList parameters) : QueryNodeVisitor<string>
{
    /// <summary>A boolean expression in a logical position (filter root, and/or/not operand): NULL read as false.</summary>
    public string Predicate(SingleValueNode node)
    {
        var sql = node.Accept(this);
        return NullSemantics.IsNullable(node) ? $"COALESCE({sql}, FALSE)" : sql;
    }

    public override string Visit(SingleValuePropertyAccessNode nodeIn)
    {
        if (nodeIn.Source is not ResourceRangeVariableReferenceNode)
        {
            throw new ODataQueryNotSupportedException($"Property paths are not supported ('{nodeIn.Property.Name}' on a nested source).");
        }

        return SqlIdentifier.Quote(set.Property(nodeIn.Property.Name).Column);
    }

    public override string Visit(ConstantNode nodeIn) => Literal(nodeIn.Value, nodeIn.TypeReference);

    public override string Visit(ConvertNode nodeIn)
    {
        // The parser promotes operands (Int32 to Int64, integers to Double, null to the other side's type): fold promotions
        // of literals into the parameter value, and make integer-to-double explicit so that div stays a true division.
        if (nodeIn.Source is ConstantNode constant)
        {
            return Literal(LiteralValues.ConvertTo(constant.Value, nodeIn.TypeReference), nodeIn.TypeReference);
        }

        var source = nodeIn.Source.Accept(this);
        var target = nodeIn.TypeReference?.AsPrimitive().PrimitiveKind();
        var from = nodeIn.Source.TypeReference?.AsPrimitive().PrimitiveKind();
        return target switch
        {
            _ when target == from => source,
            // A fractional literal may bind as Single or Decimal; both are compared as DOUBLE (the published measure type).
            EdmPrimitiveTypeKind.Double or EdmPrimitiveTypeKind.Single or EdmPrimitiveTypeKind.Decimal
                when from is EdmPrimitiveTypeKind.Int32 or EdmPrimitiveTypeKind.Int64 or EdmPrimitiveTypeKind.Double => $"CAST({source} AS DOUBLE)",
            // Explicit, because DuckDB types a parameter from the other operand: "X" > $p with an Int64 literal beyond Int32
            // would otherwise bind $p as INTEGER and fail to convert it, and "X" + $p would overflow in INTEGER. The parser
            // widens an Int32 property only next to an Int64 operand, so ordinary comparisons keep their plain column.
            EdmPrimitiveTypeKind.Int64 when from is EdmPrimitiveTypeKind.Int32 => $"CAST({source} AS BIGINT)",
            _ => throw new ODataQueryNotSupportedException($"Conversion from {from} to {target} is not supported."),
        };
    }

    public override string Visit(UnaryOperatorNode nodeIn) => nodeIn.OperatorKind switch
    {
        UnaryOperatorKind.Not => $"(NOT {Predicate(nodeIn.Operand)})",
        UnaryOperatorKind.Negate => $"(- {nodeIn.Operand.Accept(this)})",
        _ => throw new ODataQueryNotSupportedException($"Unary operator {nodeIn.OperatorKind} is not supported."),
    };

    public override string Visit(BinaryOperatorNode nodeIn)
    {
        var kind = nodeIn.OperatorKind;
        if (kind is BinaryOperatorKind.And or BinaryOperatorKind.Or)
        {
            return $"({Predicate(nodeIn.Left)} {(kind == BinaryOperatorKind.And ? "AND" : "OR")} {Predicate(nodeIn.Right)})";
        }

        if (kind is BinaryOperatorKind.Equal or BinaryOperatorKind.NotEqual)
        {
            return Equality(nodeIn.Left, nodeIn.Right, kind == BinaryOperatorKind.Equal);
        }

        var left = nodeIn.Left.Accept(this);
        var right = nodeIn.Right.Accept(this);
        var op = kind switch
        {
            BinaryOperatorKind.GreaterThan => ">",
            BinaryOperatorKind.GreaterThanOrEqual => ">=",
            BinaryOperatorKind.LessThan => "<",
            BinaryOperatorKind.LessThanOrEqual => "<=",
            BinaryOperatorKind.Add => "+",
            BinaryOperatorKind.Subtract => "-",
            BinaryOperatorKind.Multiply => "*",
            BinaryOperatorKind.Divide => NullSemantics.IsIntegral(nodeIn.Left) && NullSemantics.IsIntegral(nodeIn.Right) ? "//" : "/",
            BinaryOperatorKind.Modulo => "%",
            _ => throw new ODataQueryNotSupportedException($"Binary operator {kind} is not supported."),
        };
        var sql = $"({left} {op} {right})";
        var comparison = kind is BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual
            or BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual;
        return comparison && (NullSemantics.IsNullable(nodeIn.Left) || NullSemantics.IsNullable(nodeIn.Right))
            ? $"COALESCE({sql}, FALSE)"
            : sql;
    }

    public override string Visit(InNode nodeIn)
    {
        if (nodeIn.Right is not CollectionConstantNode list)
        {
            throw new ODataQueryNotSupportedException("'in' is supported with a literal list only.");
        }

        var left = nodeIn.Left.Accept(this);
        var values = list.Collection.Where(c => c.Value is not null).Select(c => Literal(c.Value, list.ItemType)).ToList();
        var hasNull = list.Collection.Any(c => c.Value is null);
        var parts = new List<string>();
        if (values.Count > 0)
        {
            var inList = $"{left} IN ({string.Join(", ", values)})";
            parts.Add(NullSemantics.IsNullable(nodeIn.Left) ? $"COALESCE({inList}, FALSE)" : inList);
        }

        if (hasNull)
        {
            parts.Add($"{left} IS NULL");
        }

        return parts.Count == 0 ? "FALSE" : "(" + string.Join(" OR ", parts) + ")";
    }

    public override string Visit(SingleValueFunctionCallNode nodeIn) => FunctionSql.Translate(this, nodeIn);

    public override string Visit(AnyNode nodeIn) => throw new ODataQueryNotSupportedException("Lambda operator 'any' is not supported.");

    public override string Visit(AllNode nodeIn) => throw new ODataQueryNotSupportedException("Lambda operator 'all' is not supported.");

    private string Equality(SingleValueNode leftNode, SingleValueNode rightNode, bool equal)
    {
        if (LiteralValues.IsNullLiteral(rightNode) || LiteralValues.IsNullLiteral(leftNode))
        {
            var other = LiteralValues.IsNullLiteral(rightNode) ? leftNode : rightNode;
            return LiteralValues.IsNullLiteral(other)
                ? (equal ? "TRUE" : "FALSE")
                : $"({other.Accept(this)} {(equal ? "IS NULL" : "IS NOT NULL")})";
        }

        var left = leftNode.Accept(this);
        var right = rightNode.Accept(this);
        if (!NullSemantics.IsNullable(leftNode) && !NullSemantics.IsNullable(rightNode))
        {
            return $"({left} {(equal ? "=" : "<>")} {right})";
        }

        return $"({left} {(equal ? "IS NOT DISTINCT FROM" : "IS DISTINCT FROM")} {right})";
    }

    private string Literal(object? value, IEdmTypeReference? type) =>
        value is null ? "NULL" : parameters.Add(LiteralValues.ToParameter(value, type));
}
