namespace Stats.Api;

/// <summary>
/// Where the API finds what it serves: the model of the current published vintage. Asked once per request, so a publish
/// can swap the vintage without a restart; a request keeps the <see cref="ServedModel"/> it started with.
/// </summary>
public interface IServedModelSource
{
    ValueTask<ServedModel> CurrentAsync(CancellationToken cancellationToken);
}
