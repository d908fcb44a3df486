using Stats.Warehouse.OData;

namespace Stats.Api;

/// <summary>
/// Where the API finds what it serves: the model of a published vintage as one role sees it. Asked once per request, so
/// a publish can swap the current vintage without a restart; a request keeps the <see cref="ServedModel"/> it started with.
/// </summary>
public interface IServedModelSource
{
    /// <param name="role">Decides which sets and which values the model holds.</param>
    /// <param name="vintageId">A kept vintage (next links and <c>?vintage=</c>), or null for the current one.</param>
    /// <param name="cancellationToken">Cancels opening the vintage.</param>
    /// <exception cref="ODataHttpException">503 before the first publish; 404 for a vintage that is not (or no longer) kept.</exception>
    ValueTask<ServedModel> GetAsync(ODataRole role, string? vintageId, CancellationToken cancellationToken);
}
