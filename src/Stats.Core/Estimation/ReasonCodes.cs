using System.Text;

namespace Stats.Core.Estimation;

/// <summary>Snake-case codes of refusal reasons, stable across versions (they are stored with estimates).</summary>
public static class ReasonCodes
{
    public static string Of(RefusalReason reason)
    {
        var name = reason.ToString();
        var text = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
