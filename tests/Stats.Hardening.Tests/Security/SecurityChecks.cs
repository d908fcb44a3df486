namespace Stats.Hardening.Tests.Security;

/// <summary>The <see cref="ResponseChecks"/> of the served warehouse: its folders are the server paths no error may show.</summary>
internal static class SecurityChecks
{
    public static ResponseChecks For(SecurityWarehouse warehouse) =>
        new([warehouse.DataPath, warehouse.RootPath, AppContext.BaseDirectory.TrimEnd('/')], warehouse.CanaryToken);
}
