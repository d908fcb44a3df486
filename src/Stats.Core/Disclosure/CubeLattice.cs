using System.Globalization;

namespace Stats.Core.Disclosure;

/// <summary>
/// A validated cube held densely: one slot per combination of (category or <c>_T</c>) per dimension, in mixed radix
/// with the categories of each dimension sorted ordinally and <c>_T</c> as the last digit. Relations (a total and its
/// children along one dimension) are index arithmetic on that layout.
/// </summary>
internal sealed class CubeLattice
{
    public const string Total = "_T";

    private CubeLattice(string[] dimensions, string[][] codes, long[] values, int[] slotOfInput)
    {
        Dimensions = dimensions;
        Codes = codes;
        Values = values;
        SlotOfInput = slotOfInput;
        Radix = codes.Select(c => c.Length).ToArray();
        Stride = new int[codes.Length];
        var stride = 1;
        for (var d = 0; d < codes.Length; d++)
        {
            Stride[d] = stride;
            stride *= Radix[d];
        }

        GrandTotal = values.Length - 1; // every digit at its maximum, which is _T
        OrdinalRank = codes.Select(RankOrdinally).ToArray();
    }

    public string[] Dimensions { get; }

    /// <summary>Codes[d][i]: category i of dimension d; the last entry is <c>_T</c>.</summary>
    public string[][] Codes { get; }

    public long[] Values { get; }

    public int[] SlotOfInput { get; }

    public int[] Radix { get; }

    public int[] Stride { get; }

    /// <summary>Rank of each code among the codes of its dimension under ordinal comparison (for tie-breaking).</summary>
    public int[][] OrdinalRank { get; }

    public int GrandTotal { get; }

    public int Digit(int slot, int d) => slot / Stride[d] % Radix[d];

    public bool IsTotalOn(int slot, int d) => Digit(slot, d) == Radix[d] - 1;

    /// <summary>The total slot of the relation along <paramref name="d"/> that contains <paramref name="slot"/>.</summary>
    public int RelationTotal(int slot, int d) => slot + ((Radix[d] - 1 - Digit(slot, d)) * Stride[d]);

    public string Describe(int slot)
    {
        var coordinates = new string[Dimensions.Length];
        for (var d = 0; d < coordinates.Length; d++)
        {
            coordinates[d] = Codes[d][Digit(slot, d)];
        }

        return CellText.Format(Dimensions, coordinates);
    }

    /// <summary>Ordinal comparison of the coordinates of two slots, dimension by dimension.</summary>
    public int CompareCoordinates(int a, int b)
    {
        for (var d = 0; d < Dimensions.Length; d++)
        {
            var c = OrdinalRank[d][Digit(a, d)].CompareTo(OrdinalRank[d][Digit(b, d)]);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }

    public static CubeLattice Build(IReadOnlyList<string> dimensions, IReadOnlyList<CubeCell> cells)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(cells);
        var dims = CubeValidation.CheckDimensions(dimensions);
        var codes = CubeValidation.CollectCodes(dims, cells);

        long size = 1;
        foreach (var c in codes)
        {
            size *= c.Length;
            if (size > 50_000_000)
            {
                throw new ArgumentException("The cube has more than 50 million cells; protect it in parts.", nameof(cells));
            }
        }

        var index = codes.Select(c => c.Select((code, i) => (code, i)).ToDictionary(p => p.code, p => p.i, StringComparer.Ordinal)).ToArray();
        var values = new long[size];
        var filled = new bool[size];
        var slotOfInput = new int[cells.Count];
        var strides = new int[dims.Length];
        var stride = 1;
        for (var d = 0; d < dims.Length; d++)
        {
            strides[d] = stride;
            stride *= codes[d].Length;
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            var slot = 0;
            for (var d = 0; d < dims.Length; d++)
            {
                slot += index[d][cell.Coordinates[d]] * strides[d];
            }

            if (filled[slot])
            {
                throw new ArgumentException($"Cell {CellText.Format(dims, cell.Coordinates)} occurs more than once.", nameof(cells));
            }

            filled[slot] = true;
            values[slot] = cell.Value;
            slotOfInput[i] = slot;
        }

        var lattice = new CubeLattice(dims, codes, values, slotOfInput);
        var missing = Array.IndexOf(filled, false);
        if (missing >= 0)
        {
            throw new ArgumentException(
                $"Cell {lattice.Describe(missing)} is missing: the cube must hold every combination of category or {Total} " +
                "per dimension (zero-fill empty combinations before protecting).",
                nameof(cells));
        }

        lattice.CheckTotals();
        return lattice;
    }

    private void CheckTotals()
    {
        for (var slot = 0; slot < Values.Length; slot++)
        {
            for (var d = 0; d < Dimensions.Length; d++)
            {
                if (!IsTotalOn(slot, d))
                {
                    continue;
                }

                long sum = 0;
                var first = slot - ((Radix[d] - 1) * Stride[d]);
                for (var c = 0; c < Radix[d] - 1; c++)
                {
                    sum = checked(sum + Values[first + (c * Stride[d])]);
                }

                if (sum != Values[slot])
                {
                    throw new ArgumentException(
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"Cell {Describe(slot)} = {Values[slot]} but its children along '{Dimensions[d]}' sum to {sum}."),
                        "cells");
                }
            }
        }
    }

    private static int[] RankOrdinally(string[] codes)
    {
        var order = Enumerable.Range(0, codes.Length).OrderBy(i => codes[i], StringComparer.Ordinal).ToArray();
        var rank = new int[codes.Length];
        for (var r = 0; r < order.Length; r++)
        {
            rank[order[r]] = r;
        }

        return rank;
    }
}
