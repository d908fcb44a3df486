namespace Stats.Warehouse.Exports.Columnar;

/// <summary>
/// DuckDB string literals for the statements COPY needs spelled out (its target path and KV_METADATA take no parameters):
/// single quotes doubled, so a path or a definition with an apostrophe cannot end the literal early.
/// </summary>
internal static class DuckDbLiteral
{
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("A DuckDB string literal cannot hold a NUL character.", nameof(value));
        }

        return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }
}
