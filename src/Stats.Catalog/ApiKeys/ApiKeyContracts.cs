using System.Text.RegularExpressions;
using Stats.Catalog.Entities;

namespace Stats.Catalog.ApiKeys;

/// <summary>Checks the contract list that goes with a role: an agency key uploads for named contracts, other keys for none.</summary>
internal static partial class ApiKeyContracts
{
    /// <summary>Trimmed, distinct and in ordinal order, so the stored list does not depend on how it was typed.</summary>
    public static List<string> Validate(ApiKeyRole role, IEnumerable<string>? contracts)
    {
        var list = (contracts ?? []).Select(c => c?.Trim() ?? "").ToList();
        if (role != ApiKeyRole.Agency)
        {
            return list.Count == 0
                ? []
                : throw new ApiKeyException($"Only an agency key names contracts; a {role.ToString().ToLowerInvariant()} key must have none.");
        }

        if (list.Count == 0)
        {
            throw new ApiKeyException("An agency key needs at least one contract id (the contracts it may upload deliveries for).");
        }

        var bad = list.FirstOrDefault(c => !ContractId().IsMatch(c));
        if (bad is not null)
        {
            throw new ApiKeyException($"'{bad}' is not a contract id: use the id of a contract under etl/contracts (letters, digits, '-', '_' or '.', at most 100).");
        }

        return [.. list.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex ContractId();
}
