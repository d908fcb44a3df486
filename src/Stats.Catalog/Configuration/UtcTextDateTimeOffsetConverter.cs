using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Stats.Catalog.Configuration;

/// <summary>
/// Stores instants as fixed-width UTC ISO-8601 text ("2025-03-01T06:00:00.0000000Z"). SQLite has no
/// date type and EF cannot order or compare DateTimeOffset there; fixed-width UTC text sorts in time
/// order, so ORDER BY and range filters run in SQL, and the value stays readable for operators.
/// The original offset is not kept: the catalog records instants, not local wall-clock times.
/// </summary>
internal sealed class UtcTextDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, string>(
    value => ToText(value),
    text => FromText(text))
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string ToText(DateTimeOffset value) =>
        value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset FromText(string text) =>
        DateTimeOffset.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
