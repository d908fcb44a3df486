namespace Stats.Catalog.Subscriptions;

/// <summary>A subscription operation the catalog refuses (an invalid address, a name taken, an unknown name); the message says which and why.</summary>
public sealed class SubscriptionException(string message) : Exception(message);
