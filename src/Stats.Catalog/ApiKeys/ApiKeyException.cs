namespace Stats.Catalog.ApiKeys;

/// <summary>A key operation the catalog refuses (a name already taken, an unknown name); the message says which and why.</summary>
public sealed class ApiKeyException(string message) : Exception(message);
