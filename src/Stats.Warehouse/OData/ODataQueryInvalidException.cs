namespace Stats.Warehouse.OData;

/// <summary>A malformed query option (syntax, unknown property, type mismatch, out-of-range $top/$skip); the message names the option. Answered with 400.</summary>
public sealed class ODataQueryInvalidException : Exception
{
    public ODataQueryInvalidException()
    {
    }

    public ODataQueryInvalidException(string message)
        : base(message)
    {
    }

    public ODataQueryInvalidException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
