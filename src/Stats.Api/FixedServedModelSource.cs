using Stats.Warehouse.OData;

namespace Stats.Api;

/// <summary>
/// Serves fixed models for the process lifetime (a fixed file, tests, benchmarks): one per role, a role without its own
/// model reading the nearest lower role's. Only the models' own vintage is known.
/// </summary>
public sealed class FixedServedModelSource : IServedModelSource
{
    private readonly SortedDictionary<ODataRole, ServedModel> _models;

    public FixedServedModelSource(ServedModel publicModel)
        : this(new Dictionary<ODataRole, ServedModel> { [ODataRole.Public] = publicModel })
    {
    }

    public FixedServedModelSource(IReadOnlyDictionary<ODataRole, ServedModel> models)
    {
        ArgumentNullException.ThrowIfNull(models);
        if (!models.ContainsKey(ODataRole.Public))
        {
            throw new ArgumentException("A model for the public role is required.", nameof(models));
        }

        _models = new SortedDictionary<ODataRole, ServedModel>(models.ToDictionary());
    }

    public ValueTask<ServedModel> GetAsync(ODataRole role, string? vintageId, CancellationToken cancellationToken)
    {
        var model = _models.Last(m => m.Key <= role).Value;
        if (vintageId is not null && !string.Equals(vintageId, model.VintageId, StringComparison.Ordinal))
        {
            throw VintageNotKept(vintageId);
        }

        return ValueTask.FromResult(model);
    }

    internal static ODataHttpException VintageNotKept(string vintageId) =>
        new(404, "UnknownVintage", $"Vintage '{vintageId}' is not kept by this service: list the kept vintages with `stats vintages`, or leave vintage out for the current one.");
}
