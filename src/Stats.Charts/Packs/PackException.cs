namespace Stats.Charts.Packs;

/// <summary>
/// A pack cannot be made as asked: a month that is malformed, not over yet or not in the vintage, an unknown recipient,
/// a pack definition that names something that does not exist. The message names the input and the reason.
/// </summary>
public sealed class PackException(string message) : Exception(message);
