namespace Stats.Core.Disclosure;

/// <summary>
/// A cube cell as it may be published: <see cref="Value"/> is null exactly when <see cref="Status"/> is not
/// <see cref="ConfidentialityStatus.Free"/>.
/// </summary>
public sealed record ProtectedCell(IReadOnlyList<string> Coordinates, long? Value, ConfidentialityStatus Status);
