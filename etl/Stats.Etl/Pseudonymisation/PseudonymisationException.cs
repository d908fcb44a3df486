namespace Stats.Etl.Pseudonymisation;

/// <summary>
/// The input cannot be pseudonymised (a missing column, a malformed row, a value that cannot be normalised). The
/// message names rows and columns, never values; no output file is left behind.
/// </summary>
public sealed class PseudonymisationException : Exception
{
    public PseudonymisationException()
    {
    }

    public PseudonymisationException(string message)
        : base(message)
    {
    }

    public PseudonymisationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
