namespace Stats.EndToEnd.Tests;

/// <summary>The issue 3 test classes that read the two vintages of <see cref="Issue3VintagesFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class Issue3VintagesCollection : ICollectionFixture<Issue3VintagesFixture>
{
    public const string Name = "Issue 3 vintages";
}
