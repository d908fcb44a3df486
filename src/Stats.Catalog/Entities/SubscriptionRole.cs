namespace Stats.Catalog.Entities;

/// <summary>
/// The view of the figures a subscriber's pack is rendered with. Public gets protected values only (disclosure control
/// applied); Analyst gets unprotected values, so it is given only to people entitled to them.
/// </summary>
public enum SubscriptionRole
{
    Public = 0,
    Analyst = 1,
}
