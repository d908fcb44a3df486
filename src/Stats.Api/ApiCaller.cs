using Stats.Warehouse.OData;

namespace Stats.Api;

/// <summary>
/// Who is calling: set as a request feature by the authentication middleware; a request without one is anonymous
/// (public role). <see cref="KeyName"/> is the name given to the API key at creation, never the key itself.
/// </summary>
public sealed record ApiCaller(ODataRole Role, string? KeyName)
{
    public static readonly ApiCaller Anonymous = new(ODataRole.Public, null);

    /// <summary>
    /// The source contracts this key may upload deliveries for (an agency key: it reads like <see cref="ODataRole.Public"/>);
    /// empty for every other key. Admin keys may upload for any contract without listing them.
    /// </summary>
    public IReadOnlyList<string> Contracts { get; init; } = [];

    public bool IsAnonymous => KeyName is null;

    public static ApiCaller Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<ApiCaller>() ?? Anonymous;
    }
}
