namespace Stats.Api;

/// <summary>Serves one vintage for the process lifetime (a fixed file, or tests); a publishing host supplies its own source.</summary>
public sealed class FixedServedModelSource(ServedModel model) : IServedModelSource
{
    public ValueTask<ServedModel> CurrentAsync(CancellationToken cancellationToken) => ValueTask.FromResult(model);
}
