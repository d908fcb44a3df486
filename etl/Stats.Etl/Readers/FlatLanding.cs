namespace Stats.Etl.Readers;

/// <summary>A flat delivery landed in raw table 0: its header (column i is c&lt;i&gt;) and the SQL of a row's record number (alias r).</summary>
internal sealed record FlatLanding(IReadOnlyList<string> Header, string RecordNumberSql);
