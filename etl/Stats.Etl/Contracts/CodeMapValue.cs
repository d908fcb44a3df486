using System.Text.Json.Serialization;

namespace Stats.Etl.Contracts;

/// <summary>
/// What one delivered category stands for: a single code (JSON string), or a combined category such as
/// "Sexual &amp; Labour" (JSON array of forms), which is kept as one cell of its own and never split.
/// </summary>
[JsonConverter(typeof(CodeMapValueConverter))]
public sealed record CodeMapValue(IReadOnlyList<string> Codes, bool IsSet)
{
    public static CodeMapValue Single(string code) => new([code], false);

    public override string ToString() => IsSet ? "[" + string.Join(", ", Codes) + "]" : Codes[0];
}
