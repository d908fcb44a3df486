namespace Stats.Warehouse.OData;

/// <summary>The primitive types a flat entity set publishes; each maps to one EDM primitive and one DuckDB type.</summary>
public enum FlatType
{
    String,
    Int64,
    Int32,
    Double,
    Boolean,
    Date,
}
