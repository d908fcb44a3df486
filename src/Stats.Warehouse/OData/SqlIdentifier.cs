namespace Stats.Warehouse.OData;

/// <summary>Quotes identifiers taken from the model (never from a request), so reserved words and case survive.</summary>
internal static class SqlIdentifier
{
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
