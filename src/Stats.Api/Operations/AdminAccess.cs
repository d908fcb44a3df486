using Stats.Warehouse.OData;

namespace Stats.Api.Operations;

/// <summary>The operations endpoints are for admin keys only: anonymous callers are asked for a key (401), other keys refused (403).</summary>
internal static class AdminAccess
{
    /// <summary>True when the caller is an admin; otherwise the refusal has been written.</summary>
    public static async Task<bool> AllowedAsync(HttpContext context)
    {
        var caller = ApiCaller.Of(context);
        if (caller.Role == ODataRole.Admin && !caller.IsAnonymous)
        {
            return true;
        }

        if (caller.IsAnonymous)
        {
            await ApiJson.ErrorAsync(context, StatusCodes.Status401Unauthorized, "Unauthorized", "Operations need an admin API key.").ConfigureAwait(false);
        }
        else
        {
            await ApiJson.ErrorAsync(context, StatusCodes.Status403Forbidden, "Forbidden", "Operations need an admin API key; this key's role is " + caller.Role + ".").ConfigureAwait(false);
        }

        return false;
    }
}
