namespace Stats.Warehouse.Exports.Bodies;

/// <summary>One column of a body's table: which of our breakdowns it comes from and how its codes are written.</summary>
public sealed record BodyColumn(string Breakdown, BodyCodeList CodeList);
