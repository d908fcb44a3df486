namespace Stats.Warehouse.OData;

/// <summary>A valid OData query using a construct this service does not translate (answered with 501, never wrong data).</summary>
public sealed class ODataQueryNotSupportedException : Exception
{
    public ODataQueryNotSupportedException()
    {
    }

    public ODataQueryNotSupportedException(string message)
        : base(message)
    {
    }

    public ODataQueryNotSupportedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
