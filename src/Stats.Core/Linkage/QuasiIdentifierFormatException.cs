namespace Stats.Core.Linkage;

/// <summary>
/// A quasi-identifier could not be normalised. Names the field (so a tool can point at the column) and carries a
/// message that describes the value's shape only, never the value.
/// </summary>
public sealed class QuasiIdentifierFormatException : FormatException
{
    public QuasiIdentifierFormatException()
    {
        Field = string.Empty;
    }

    public QuasiIdentifierFormatException(string message)
        : base(message)
    {
        Field = string.Empty;
    }

    public QuasiIdentifierFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = string.Empty;
    }

    public QuasiIdentifierFormatException(string field, FormatException innerException)
        : base(innerException?.Message, innerException)
    {
        Field = field;
    }

    /// <summary>Name of the <see cref="QuasiIdentifiers"/> property that failed (e.g. DateOfBirth).</summary>
    public string Field { get; }
}
