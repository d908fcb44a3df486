namespace Stats.Etl.Intake;

/// <summary>A generated statement and its parameter values.</summary>
internal sealed record SqlStatement(string Sql, (string Name, object? Value)[] Parameters);
