namespace Stats.Etl.Tests.Scheduling;

/// <summary>A fact that needs Linux (see <see cref="ForeignWriterLock"/>); skipped with the reason elsewhere.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnLinuxFactAttribute : FactAttribute
{
    public OnLinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "holds the warehouse's DuckDB lock with a Linux open-file-description lock";
        }
    }
}
