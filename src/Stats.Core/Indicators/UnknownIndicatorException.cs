namespace Stats.Core.Indicators;

/// <summary>An indicator id that the catalogue does not hold; the message lists the ids it does hold.</summary>
public sealed class UnknownIndicatorException(string id, IReadOnlyList<string> known)
    : Exception($"Unknown indicator '{id}'. The catalogue holds: {string.Join(", ", known)}.")
{
    public string Id { get; } = id;
}
