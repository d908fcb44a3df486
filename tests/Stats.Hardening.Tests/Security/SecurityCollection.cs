namespace Stats.Hardening.Tests.Security;

/// <summary>The security checks share one prepared warehouse and one server (item 5 of issue 10), and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SecurityCollection : ICollectionFixture<SecurityWarehouse>
{
    public const string Name = "Security";
}
