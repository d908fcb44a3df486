using Microsoft.OData.UriParser;

namespace Stats.Warehouse.OData;

/// <summary>
/// The size of a parsed expression, counted before translation: each operator, function call, property, literal and
/// list item is one node. A huge $filter (thousands of ORs, a giant "in" list) is refused as a 400 instead of becoming a
/// huge SQL text. Node kinds the translator does not know count as one; it refuses them itself.
/// </summary>
internal static class QueryNodeCount
{
    public static int Of(QueryNode node) => node switch
    {
        BinaryOperatorNode b => 1 + Of(b.Left) + Of(b.Right),
        UnaryOperatorNode u => 1 + Of(u.Operand),
        ConvertNode c => Of(c.Source),
        InNode i => 1 + Of(i.Left) + Of(i.Right),
        CollectionConstantNode list => list.Collection.Count,
        SingleValueFunctionCallNode f => 1 + f.Parameters.Sum(Of),
        _ => 1,
    };
}
