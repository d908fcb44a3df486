namespace Stats.Warehouse.Freshness;

/// <summary>
/// When a source contract expects its deliveries: one every <paramref name="ExpectedEvery"/>; late once
/// <paramref name="LateAfter"/> has passed since the last loaded delivery, overdue once <paramref name="OverdueAfter"/> has.
/// </summary>
public sealed record SourceExpectation(
    string ContractId, string SourceCode, string OrganisationType, TimeSpan ExpectedEvery, TimeSpan LateAfter, TimeSpan OverdueAfter);
