namespace Stats.Core.Disclosure;

/// <summary>
/// The additive relations of a published cube as linear constraints Σ coefficient·cell = 0 (total +1, children −1),
/// over cell positions in the published list. Found through a dictionary of coordinate keys.
/// </summary>
internal static class AuditConstraints
{
    private const string Total = "_T";
    private const char Separator = '\u001F';

    public static List<(int Cell, int Coefficient)[]> Build(IReadOnlyList<string> dimensions, IReadOnlyList<ProtectedCell> published)
    {
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        var categories = dimensions.Select(_ => new SortedSet<string>(StringComparer.Ordinal)).ToArray();
        for (var i = 0; i < published.Count; i++)
        {
            var cell = published[i];
            var text = CellText.Format(dimensions, cell.Coordinates);
            if (cell.Coordinates.Count != dimensions.Count)
            {
                throw new ArgumentException($"Cell {text} does not have one coordinate per dimension.", nameof(published));
            }

            if ((cell.Status == ConfidentialityStatus.Free) != cell.Value.HasValue || cell.Value < 0)
            {
                throw new ArgumentException($"Cell {text}: a free cell needs a non-negative value and a suppressed one none.", nameof(published));
            }

            if (!position.TryAdd(string.Join(Separator, cell.Coordinates), i))
            {
                throw new ArgumentException($"Cell {text} occurs more than once.", nameof(published));
            }

            for (var d = 0; d < dimensions.Count; d++)
            {
                if (cell.Coordinates[d] != Total)
                {
                    categories[d].Add(cell.Coordinates[d]);
                }
            }
        }

        var constraints = new List<(int, int)[]>();
        for (var i = 0; i < published.Count; i++)
        {
            var coordinates = published[i].Coordinates.ToArray();
            for (var d = 0; d < dimensions.Count; d++)
            {
                if (coordinates[d] != Total)
                {
                    continue;
                }

                var terms = new List<(int, int)> { (i, 1) };
                foreach (var category in categories[d])
                {
                    coordinates[d] = category;
                    if (!position.TryGetValue(string.Join(Separator, coordinates), out var child))
                    {
                        throw new ArgumentException($"Cell {CellText.Format(dimensions, coordinates)} is missing.", nameof(published));
                    }

                    terms.Add((child, -1));
                }

                coordinates[d] = Total;
                constraints.Add([.. terms]);
            }
        }

        return constraints;
    }
}
