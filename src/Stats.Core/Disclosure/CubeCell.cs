namespace Stats.Core.Disclosure;

/// <summary>
/// One cell of an indicator cube: one coordinate per dimension (a category code or <c>_T</c> for the total over that
/// dimension) and a count of persons.
/// </summary>
public sealed record CubeCell(IReadOnlyList<string> Coordinates, long Value);
