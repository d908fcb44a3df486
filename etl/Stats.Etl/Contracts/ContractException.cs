namespace Stats.Etl.Contracts;

/// <summary>A contract file that cannot be used; the message names the file and every offending key.</summary>
public sealed class ContractException : Exception
{
    public ContractException(string filePath, IReadOnlyList<string> errors)
        : base($"Contract '{filePath}' is invalid:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", errors))
    {
        FilePath = filePath;
        Errors = errors;
    }

    public ContractException()
        : this("Invalid contract.")
    {
    }

    public ContractException(string message)
        : base(message)
    {
        FilePath = string.Empty;
        Errors = [message];
    }

    public ContractException(string message, Exception innerException)
        : base(message, innerException)
    {
        FilePath = string.Empty;
        Errors = [message];
    }

    public string FilePath { get; } = string.Empty;
    public IReadOnlyList<string> Errors { get; } = [];
}
