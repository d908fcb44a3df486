namespace Stats.Warehouse.OData;

/// <summary>Collects literal values as $p0, $p1 … so no value from a request is ever spliced into SQL text.</summary>
internal sealed class SqlParameterList
{
    private readonly List<(string Name, object? Value)> items = [];

    public IReadOnlyList<(string Name, object? Value)> Items => items;

    public string Add(object value)
    {
        var name = "p" + items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        items.Add((name, value));
        return "$" + name;
    }
}
