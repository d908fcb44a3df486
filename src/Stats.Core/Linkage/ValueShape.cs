using System.Text;

namespace Stats.Core.Linkage;

/// <summary>Describes a value without revealing it (digits → 9, letters → A, other characters kept), for error messages.</summary>
internal static class ValueShape
{
    private const int MaxLength = 40;

    public static string Of(string value)
    {
        var builder = new StringBuilder(Math.Min(value.Length, MaxLength) + 3);
        foreach (var c in value.AsSpan(0, Math.Min(value.Length, MaxLength)))
        {
            builder.Append(char.IsDigit(c) ? '9' : char.IsLetter(c) ? 'A' : char.IsWhiteSpace(c) ? ' ' : c);
        }

        if (value.Length > MaxLength)
        {
            builder.Append('…');
        }

        return builder.ToString();
    }
}
