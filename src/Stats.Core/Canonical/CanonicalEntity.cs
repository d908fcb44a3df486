namespace Stats.Core.Canonical;

/// <summary>
/// A kind of record the warehouse stages, whatever agency delivered it. Every contract maps its
/// delivery onto one or more of these; the staging table is the same for all sources.
/// </summary>
public sealed record CanonicalEntity(string Name, string StagingTable, IReadOnlyList<CanonicalField> Fields)
{
    public CanonicalField? Find(string fieldName) =>
        Fields.FirstOrDefault(f => string.Equals(f.Name, fieldName, StringComparison.Ordinal));
}
