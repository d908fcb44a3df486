namespace Stats.Etl.Pseudonymisation;

/// <summary>Outcome of a pseudonymisation run: what was written and which columns were removed.</summary>
/// <param name="RowsWritten">Data rows in the output (header excluded).</param>
/// <param name="OutputColumns">Header of the output, in order.</param>
/// <param name="DroppedColumns">Input columns not in the output: the quasi-identifiers and every other identifying column.</param>
/// <param name="Delimiter">Delimiter used for reading and writing.</param>
public sealed record PseudonymiseResult(long RowsWritten, IReadOnlyList<string> OutputColumns, IReadOnlyList<string> DroppedColumns, char Delimiter);
