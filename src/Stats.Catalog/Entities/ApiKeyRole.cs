namespace Stats.Catalog.Entities;

/// <summary>What an API key may read; the same ladder as the API's roles (each role reads everything a lower one does).</summary>
public enum ApiKeyRole
{
    Public = 0,
    Analyst = 1,
    Admin = 2,
}
