using Stats.Etl.Contracts;
using Stats.Warehouse.Freshness;

namespace Stats.Etl.Operations;

/// <summary>The delivery expectations of the contracts (their timeliness blocks), as the warehouse records them at each publish.</summary>
public static class ContractExpectations
{
    public static IReadOnlyList<SourceExpectation> From(IEnumerable<SourceContract> contracts) =>
        contracts
            .Where(c => c.Timeliness is not null)
            .Select(c => (Contract: c, Rule: c.Timeliness!.ToRule()))
            .Select(x => new SourceExpectation(
                x.Contract.Id, x.Contract.Source.Code, x.Contract.Source.OrganisationType, x.Rule.ExpectedEvery, x.Rule.LateAfter, x.Rule.OverdueAfter))
            .ToList();
}
