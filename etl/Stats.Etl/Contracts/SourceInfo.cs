namespace Stats.Etl.Contracts;

/// <summary>The registering organisation behind a contract; upserted into dim_organisation on load.</summary>
public sealed record SourceInfo(string Code, string Name, string OrganisationType);
