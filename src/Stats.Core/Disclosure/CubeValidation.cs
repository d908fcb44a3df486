using System.Globalization;

namespace Stats.Core.Disclosure;

/// <summary>Per-cell checks of a cube before it is laid out; each failure names the offending cell.</summary>
internal static class CubeValidation
{
    public static string[] CheckDimensions(IReadOnlyList<string> dimensions)
    {
        if (dimensions.Count == 0)
        {
            throw new ArgumentException("A cube needs at least one dimension.", nameof(dimensions));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in dimensions)
        {
            if (string.IsNullOrWhiteSpace(name) || !seen.Add(name))
            {
                throw new ArgumentException($"Dimension name '{name}' is empty or repeated.", nameof(dimensions));
            }
        }

        return [.. dimensions];
    }

    /// <summary>Categories of each dimension, sorted ordinally, with <c>_T</c> appended last.</summary>
    public static string[][] CollectCodes(string[] dimensions, IReadOnlyList<CubeCell> cells)
    {
        var categories = dimensions.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        foreach (var cell in cells)
        {
            if (cell?.Coordinates is null)
            {
                throw new ArgumentException("A cell or its coordinates is null.", nameof(cells));
            }

            var text = CellText.Format(dimensions, cell.Coordinates);
            if (cell.Coordinates.Count != dimensions.Length)
            {
                throw new ArgumentException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"Cell {text} has {cell.Coordinates.Count} coordinates but the cube has {dimensions.Length} dimensions."),
                    nameof(cells));
            }

            if (cell.Value < 0)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Cell {text} has a negative count ({cell.Value})."),
                    nameof(cells));
            }

            for (var d = 0; d < dimensions.Length; d++)
            {
                var code = cell.Coordinates[d];
                if (string.IsNullOrWhiteSpace(code))
                {
                    throw new ArgumentException($"Cell {text} has an empty coordinate on '{dimensions[d]}'.", nameof(cells));
                }

                if (!string.Equals(code, CubeLattice.Total, StringComparison.Ordinal))
                {
                    categories[d].Add(code);
                }
            }
        }

        var codes = new string[dimensions.Length][];
        for (var d = 0; d < dimensions.Length; d++)
        {
            if (categories[d].Count == 0)
            {
                throw new ArgumentException($"Dimension '{dimensions[d]}' has no category besides {CubeLattice.Total}.", nameof(cells));
            }

            codes[d] = [.. categories[d].Order(StringComparer.Ordinal), CubeLattice.Total];
        }

        return codes;
    }
}
