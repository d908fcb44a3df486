namespace Stats.Warehouse.Tests.OData;

/// <summary>One row of <see cref="ApplyFactTable"/>; Person is the hidden unit.</summary>
public sealed record FactRow(long RowId, long Person, int Year, string Sex, string Region, int? Months, double Amount);
