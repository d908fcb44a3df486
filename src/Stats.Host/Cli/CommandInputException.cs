namespace Stats.Host.Cli;

/// <summary>An argument the command cannot act on (a vintage that does not exist, an unknown role); the message says which and what exists.</summary>
internal sealed class CommandInputException(string message) : Exception(message);
