namespace Stats.Etl.Contracts;

/// <summary>The values of a contract's <c>shape</c>.</summary>
public static class Shapes
{
    /// <summary>One row per person-event, validated and staged row by row.</summary>
    public const string Microdata = "microdata";

    /// <summary>A pre-counted table (court registry, ministry return), unpivoted into stated cells.</summary>
    public const string Aggregate = "aggregate";
}
