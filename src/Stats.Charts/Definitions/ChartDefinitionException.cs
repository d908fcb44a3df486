namespace Stats.Charts.Definitions;

/// <summary>A chart definition that cannot be used: the message names the file, the field and the reason.</summary>
public sealed class ChartDefinitionException : Exception
{
    public ChartDefinitionException()
    {
    }

    public ChartDefinitionException(string message)
        : base(message)
    {
    }

    public ChartDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
