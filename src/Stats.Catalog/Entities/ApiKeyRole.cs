namespace Stats.Catalog.Entities;

/// <summary>
/// What an API key may do. Public, Analyst and Admin are a ladder (each reads everything a lower one does). Agency is
/// not on the ladder: it reads what Public reads and may upload deliveries for its own contracts
/// (<see cref="ApiKey.Contracts"/>), so "role at least Analyst" checks must not compare it numerically.
/// </summary>
public enum ApiKeyRole
{
    Public = 0,
    Analyst = 1,
    Admin = 2,
    Agency = 3,
}
