using Stats.Core.Privacy;

namespace Stats.Etl.Pseudonymisation;

/// <summary>Which input column feeds each output column (-1 = the linkage key) and which input columns are dropped.</summary>
internal sealed record OutputPlan(
    QuasiIdentifierColumns Columns, IReadOnlyList<string> OutputColumns, int[] SourceIndexes, IReadOnlyList<string> DroppedColumns)
{
    public static OutputPlan Create(IReadOnlyList<string> header, PseudonymiseRequest request)
    {
        if (header.Any(h => string.Equals(h.Trim(), request.KeyColumn, StringComparison.OrdinalIgnoreCase)))
        {
            throw new PseudonymisationException($"The input already has a column '{request.KeyColumn}'; it looks pseudonymised already.");
        }

        var columns = QuasiIdentifierColumns.Resolve(header, request);
        var quasi = columns.Dropped(request.KeepSexColumn).ToHashSet();
        var keyPosition = quasi.Min();
        var outputColumns = new List<string>(header.Count);
        var sources = new List<int>(header.Count);
        var dropped = new List<string>();
        for (var i = 0; i < header.Count; i++)
        {
            if (i == keyPosition)
            {
                outputColumns.Add(request.KeyColumn);
                sources.Add(-1);
            }

            var keptSex = i == columns.Sex && request.KeepSexColumn;
            if (quasi.Contains(i) || (!keptSex && IdentifyingColumns.IsIdentifying(header[i])))
            {
                dropped.Add(header[i]);
                continue;
            }

            outputColumns.Add(header[i]);
            sources.Add(i);
        }

        return new OutputPlan(columns, outputColumns, [.. sources], dropped);
    }
}
