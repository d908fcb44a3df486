using System.Reflection;
using Xunit.Sdk;

namespace Stats.Catalog.Tests;

/// <summary>A theory row that runs the test on a SQLite catalog in a temp folder.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnSqliteAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[CatalogProvider.Sqlite]];
}
