using System.Globalization;

namespace Stats.Etl.Intake;

/// <summary>Collects the values of one generated statement; SQL text only ever holds their $names.</summary>
internal sealed class SqlParameters
{
    private readonly List<(string Name, object? Value)> _values = [];

    public string Add(object? value)
    {
        var name = "p" + _values.Count.ToString(CultureInfo.InvariantCulture);
        _values.Add((name, value));
        return "$" + name;
    }

    public (string Name, object? Value)[] ToArray() => [.. _values];

    /// <summary>A string fixed by the canonical model (never by a contract or a delivery) as a SQL literal.</summary>
    public static string ModelLiteral(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
