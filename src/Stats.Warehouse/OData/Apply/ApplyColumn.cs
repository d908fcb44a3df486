namespace Stats.Warehouse.OData.Apply;

/// <summary>One column of an <c>$apply</c> result: a group-by property (declared on the entity type) or an aggregate alias (dynamic).</summary>
public sealed record ApplyColumn(string Name, FlatType Type, bool IsGroup);
