using System.Globalization;

namespace Stats.Api;

/// <summary>
/// The $skiptoken of a next link: the vintage the first page was read from and the number of rows already delivered
/// (an offset after the client's own $skip, over the translator's total order: $orderby then the key). A token from
/// another vintage is refused (410) rather than continued over different data.
/// </summary>
internal sealed record SkipToken(string VintageId, long Offset)
{
    private const char Separator = '~';

    public string Format() => VintageId + Separator + Offset.ToString(CultureInfo.InvariantCulture);

    public static SkipToken Parse(string text)
    {
        var at = text.LastIndexOf(Separator);
        if (at <= 0 || !long.TryParse(text.AsSpan(at + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
        {
            throw new ODataHttpException(400, "InvalidSkipToken", "$skiptoken: not a token issued by this service.");
        }

        return new SkipToken(text[..at], offset);
    }
}
