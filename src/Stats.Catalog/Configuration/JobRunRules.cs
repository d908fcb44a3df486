namespace Stats.Catalog.Configuration;

/// <summary>Column limits shared by the model and the recorder (which trims messages to fit).</summary>
internal static class JobRunRules
{
    public const int MessageLength = 4000;
}
