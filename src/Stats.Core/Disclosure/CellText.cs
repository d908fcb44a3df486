using System.Globalization;

namespace Stats.Core.Disclosure;

/// <summary>Names a cell in error messages as <c>(sex=F, age=_T)</c> so the caller can find it in the cube.</summary>
internal static class CellText
{
    public static string Format(IReadOnlyList<string> dimensions, IReadOnlyList<string?> coordinates)
    {
        var parts = new string[coordinates.Count];
        for (var i = 0; i < coordinates.Count; i++)
        {
            var name = i < dimensions.Count ? dimensions[i] : string.Create(CultureInfo.InvariantCulture, $"#{i}");
            parts[i] = string.Create(CultureInfo.InvariantCulture, $"{name}={coordinates[i] ?? "<null>"}");
        }

        return "(" + string.Join(", ", parts) + ")";
    }
}
