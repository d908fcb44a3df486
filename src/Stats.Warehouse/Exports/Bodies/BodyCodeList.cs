namespace Stats.Warehouse.Exports.Bodies;

/// <summary>
/// How one of our breakdowns is written for a monitoring body: the body's text for the total ('_T') and for each of our
/// codes. Several of our codes may map to one body code (a group, summed by <see cref="CellGrouping"/>); null
/// <see cref="Codes"/> writes our codes as they are.
/// </summary>
public sealed record BodyCodeList(string? Note, string Total, IReadOnlyDictionary<string, string>? Codes)
{
    public const string OurTotal = "_T";

    /// <summary>True when two or more of our codes become one body code, so cells must be summed.</summary>
    public bool Groups => Codes is not null && Codes.Values.Distinct(StringComparer.Ordinal).Count() < Codes.Count;

    /// <summary>The body's code for one of ours; <paramref name="where"/> names the definition in the error when the code is not mapped.</summary>
    public string Map(string code, string where)
    {
        if (code == OurTotal)
        {
            return Total;
        }

        if (Codes is null)
        {
            return code;
        }

        return Codes.TryGetValue(code, out var mapped)
            ? mapped
            : throw new InvalidDataException(
                $"{where}: the vintage has code '{code}', which the definition does not map; map it to one of {string.Join(", ", Codes.Values.Distinct())}.");
    }

    /// <summary>Sort position of a body code: the total first, then the code list's order; unlisted codes keep their order after them.</summary>
    public int Rank(string bodyCode)
    {
        if (bodyCode == Total)
        {
            return -1;
        }

        var index = Codes is null ? -1 : Codes.Values.Distinct(StringComparer.Ordinal).ToList().IndexOf(bodyCode);
        return index >= 0 ? index : int.MaxValue;
    }

    internal void Check(string where)
    {
        if (string.IsNullOrWhiteSpace(Total))
        {
            throw new InvalidDataException($"{where}: 'total' is required (the body's code for our total '_T').");
        }

        if (Codes is not null && Codes.Any(c => string.IsNullOrWhiteSpace(c.Key) || string.IsNullOrWhiteSpace(c.Value)))
        {
            throw new InvalidDataException($"{where}: every entry of 'codes' needs a code and a non-empty body code.");
        }
    }
}
