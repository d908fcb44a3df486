using System.Globalization;
using System.Text;
using Stats.Warehouse.Publish;

namespace Stats.Etl.Operations;

/// <summary>Plain-language description of a publish attempt, for the catalog and the console.</summary>
public static class PublishMessages
{
    public static string Describe(PublishResult result)
    {
        if (result.Published && result.Vintage is { } vintage)
        {
            return string.Create(CultureInfo.InvariantCulture, $"Published vintage {vintage.Id} at {vintage.PublishedAt:yyyy-MM-dd HH:mm:ss}Z.");
        }

        var text = new StringBuilder("Not published: ");
        text.AppendJoin("; ", result.Failures.Select(f => string.Create(CultureInfo.InvariantCulture, $"data test '{f.Test}' returned {f.Rows} row(s)")));
        text.Append(". The previous vintage keeps serving.");
        return text.ToString();
    }
}
