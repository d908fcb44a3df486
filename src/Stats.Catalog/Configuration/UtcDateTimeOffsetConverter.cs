using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Stats.Catalog.Configuration;

/// <summary>
/// PostgreSQL's timestamptz holds instants, and Npgsql refuses to write a DateTimeOffset whose offset is not zero.
/// Callers pass clock values in any offset (a local TimeProvider, a user's filter), so values and query parameters
/// are turned into the same instant in UTC on the way in; they come back in UTC.
/// </summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value.ToUniversalTime());
