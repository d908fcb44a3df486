namespace Stats.Core.Disclosure;

/// <summary>Why a cell is or is not published; maps to SDMX/Eurostat <c>CONF_STATUS</c>.</summary>
public enum ConfidentialityStatus
{
    /// <summary>Published (<c>CONF_STATUS F</c>).</summary>
    Free,

    /// <summary>Suppressed because it holds 1 … k−1 persons (<c>CONF_STATUS C</c>).</summary>
    Primary,

    /// <summary>Suppressed so that primary cells cannot be recovered from published ones (<c>CONF_STATUS D</c>).</summary>
    Secondary,
}
