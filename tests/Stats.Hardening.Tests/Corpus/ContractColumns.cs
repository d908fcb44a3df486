using Stats.Core.Canonical;
using Stats.Etl.Contracts;

namespace Stats.Hardening.Tests.Corpus;

/// <summary>What the corpus needs to know of a contract's columns to break every row or the whole file on purpose.</summary>
internal static class ContractColumns
{
    /// <summary>
    /// The root record's delivered columns (children are left alone: breaking only a child row would let its parent load,
    /// while a quarantined parent takes its children with it).
    /// </summary>
    public static IReadOnlyList<ColumnInfo> Root(SourceContract contract)
    {
        var entity = CanonicalEntities.All.First(e => e.Name == contract.Entity);
        return contract.Columns
            .Select(c => (c.Key, Spec: c.Value, Field: entity.Find(c.Value.Field)!))
            .Select(c => new ColumnInfo(c.Key, c.Field.Type, c.Spec.Required || c.Field.RequiredByModel))
            .ToList();
    }

    /// <summary>The columns every aggregate return of the contract must have: period, dimensions, counts.</summary>
    public static IReadOnlyList<string> AggregateRequired(SourceContract contract)
    {
        var spec = contract.Aggregate!;
        var columns = new List<string> { spec.Period.Year };
        if (spec.Period.SubPeriodColumn is { } sub)
        {
            columns.Add(sub);
        }

        columns.AddRange(spec.Dimensions.Keys);
        columns.AddRange(Counts(contract));
        return columns;
    }

    public static IReadOnlyList<string> Counts(SourceContract contract) =>
        contract.Aggregate!.Count is { } count ? [count] : [.. contract.Aggregate.Wide!.Keys];

    /// <summary>Tokens a count cell may hold besides whole numbers (censored and missing markers).</summary>
    public static IReadOnlySet<string> Tokens(SourceContract contract) =>
        contract.Aggregate!.Censored.Keys.Concat(contract.Aggregate.Missing.Keys).ToHashSet(StringComparer.Ordinal);
}
