using System.Globalization;

namespace Stats.Api;

/// <summary>
/// The system query options of one request, checked before any parsing: an option this service does not implement is a
/// 501 (so Power Query stops folding instead of receiving wrong data), an unknown or repeated one a 400.
/// </summary>
internal sealed record ODataRequestOptions(
    string? Filter, string? OrderBy, string? Select, long? Top, long? Skip, bool Count, string? SkipToken)
{
    private static readonly HashSet<string> NotSupported = new(StringComparer.OrdinalIgnoreCase)
    {
        "$expand", "$apply", "$search", "$compute", "$levels", "$index", "$schemaversion",
    };

    public static ODataRequestOptions From(IQueryCollection query, ODataServeOptions limits)
    {
        string? Single(string name)
        {
            if (!query.TryGetValue(name, out var values))
            {
                return null;
            }

            return values.Count == 1 ? values[0] : throw Invalid($"{name}: given more than once.");
        }

        foreach (var key in query.Keys.Where(k => k.StartsWith('$')))
        {
            if (NotSupported.Contains(key))
            {
                throw new ODataHttpException(501, "NotImplemented", $"{key} is not supported by this service.");
            }

            if (key is not ("$filter" or "$orderby" or "$select" or "$top" or "$skip" or "$count" or "$skiptoken" or "$format"))
            {
                throw Invalid($"{key}: unknown system query option.");
            }
        }

        var format = Single("$format");
        if (format is not null && !format.Equals("json", StringComparison.OrdinalIgnoreCase)
            && !format.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw new ODataHttpException(501, "NotImplemented", $"$format: only JSON is served, not '{format}'.");
        }

        return new ODataRequestOptions(
            Single("$filter"),
            Single("$orderby"),
            Single("$select"),
            Number(Single("$top"), "$top", limits.MaxTop),
            Number(Single("$skip"), "$skip", limits.MaxSkip),
            Bool(Single("$count")),
            Single("$skiptoken"));
    }

    private static long? Number(string? text, string name, long max)
    {
        if (text is null)
        {
            return null;
        }

        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > max)
        {
            throw Invalid($"{name}: '{text}' is not a whole number in 0..{max.ToString(CultureInfo.InvariantCulture)}.");
        }

        return value;
    }

    private static bool Bool(string? text) => text switch
    {
        null or "false" => false,
        "true" => true,
        _ => throw Invalid($"$count: '{text}' is neither true nor false."),
    };

    private static ODataHttpException Invalid(string message) => new(400, "BadRequest", message);
}
