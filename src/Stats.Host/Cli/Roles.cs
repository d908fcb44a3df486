using Stats.Warehouse.Indicators;

namespace Stats.Host.Cli;

/// <summary>
/// --role of the read commands. The analyst role (unprotected values) is allowed from the command line because whoever runs
/// `stats` is the operator on the warehouse machine, who can open the working database anyway; remote channels decide roles
/// by authentication, never by a parameter.
/// </summary>
internal static class Roles
{
    public static IndicatorRole Parse(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        null or "" or "PUBLIC" => IndicatorRole.Public,
        "ANALYST" => IndicatorRole.Analyst,
        _ => throw new CommandInputException($"Unknown role '{text}': use public or analyst."),
    };

    public static string Word(IndicatorRole role) => role == IndicatorRole.Analyst ? "analyst" : "public";
}
