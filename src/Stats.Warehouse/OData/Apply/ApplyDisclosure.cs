namespace Stats.Warehouse.OData.Apply;

/// <summary>
/// Marks a flat entity set as a fact set that answers <c>$apply</c>: <see cref="UnitColumn"/> is a column of the set's
/// Relation that is not a published property (the person linkage key), used only inside the aggregation query to count
/// distinct persons per group; <see cref="K"/> is the threshold of the published cubes (a group with 1 … K−1 persons is
/// suppressed).
/// </summary>
public sealed record ApplyDisclosure(string UnitColumn, int K);
