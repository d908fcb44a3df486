using Stats.Warehouse.OData.Apply;

namespace Stats.Warehouse.OData;

/// <summary>
/// A flat entity set backed by a DuckDB relation. <see cref="Relation"/> is emitted verbatim after FROM (a table or view
/// name, or a parenthesised subquery); it comes from the published model, never from a request.
/// </summary>
public sealed record FlatEntitySet(string Name, string Relation, IReadOnlyList<FlatProperty> Properties, IReadOnlyList<string> Key)
{
    /// <summary>Set on the analyst fact sets only: they answer <c>$apply</c>, with disclosure control on every result.</summary>
    public ApplyDisclosure? Disclosure { get; init; }

    /// <summary>The property with this EDM name; the parser has already bound the name, so a miss is a model error.</summary>
    public FlatProperty Property(string name) =>
        Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"Entity set '{Name}' has no property '{name}'.");
}
