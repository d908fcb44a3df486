using DuckDB.NET.Data;
using Stats.Core.CodeLists;
using Stats.Etl.Contracts;
using Stats.Warehouse.Sql;

namespace Stats.Etl.Aggregates;

/// <summary>
/// The codes an aggregate return may state, read from the warehouse's code-list tables, and the contract's code
/// maps folded for matching (trimmed, case-insensitive). A combined category becomes its forms joined with '+' in
/// ascending main_form_precedence (SEX+LAB). A contract code the warehouse does not know is the contract's fault:
/// <see cref="ContractException"/> naming the key (the validator checks the same against the seeds, when found).
/// </summary>
internal sealed class AggregateCodes
{
    private readonly SourceContract _contract;
    private readonly Dictionary<string, HashSet<string>> _valid;
    private readonly Dictionary<string, int> _formPrecedence;
    private readonly Dictionary<string, Dictionary<string, string>> _maps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string>> _wide = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _constants = new(StringComparer.Ordinal);

    private AggregateCodes(SourceContract contract, Dictionary<string, HashSet<string>> valid, Dictionary<string, int> formPrecedence)
    {
        _contract = contract;
        _valid = valid;
        _formPrecedence = formPrecedence;
        var spec = contract.Aggregate!;
        foreach (var (column, dimension) in spec.Dimensions)
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (delivered, value) in dimension.Codes ?? new Dictionary<string, CodeMapValue>())
            {
                map.TryAdd(delivered.Trim().ToLowerInvariant(), Render(dimension.Dimension, value, $"aggregate.dimensions.{column}.codes.{delivered}"));
            }

            _maps[column] = map;
        }

        foreach (var (column, codes) in spec.Wide ?? new Dictionary<string, IReadOnlyDictionary<string, CodeMapValue>>())
        {
            _wide[column] = codes.ToDictionary(c => c.Key, c => Render(c.Key, c.Value, $"aggregate.wide.{column}.{c.Key}"), StringComparer.Ordinal);
        }

        foreach (var (dimension, code) in spec.Constants)
        {
            _constants[dimension] = Render(dimension, CodeMapValue.Single(code), $"aggregate.constants.{dimension}");
        }
    }

    /// <summary>Constant dimension → code, set on every cell.</summary>
    public IReadOnlyDictionary<string, string> Constants => _constants;

    public static async Task<AggregateCodes> LoadAsync(DuckDBConnection connection, SourceContract contract, CancellationToken cancellationToken)
    {
        var spec = contract.Aggregate!;
        var dimensions = spec.Dimensions.Values.Select(d => d.Dimension)
            .Concat(spec.Wide?.Values.SelectMany(w => w.Keys) ?? [])
            .Concat(spec.Constants.Keys)
            .Distinct(StringComparer.Ordinal);
        var valid = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var dimension in dimensions)
        {
            var list = CodeListCatalog.Get(AggregateDimensions.CodeListOf(dimension));
            var codes = new HashSet<string>(StringComparer.Ordinal) { AggregateDimensions.Total, AggregateDimensions.Unknown };
            await using var command = connection.CreateCommand($"SELECT {list.CodeColumn} FROM {list.Table}");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                codes.Add(reader.GetString(0));
            }

            valid[dimension] = codes;
        }

        var precedence = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand("SELECT form_code, main_form_precedence FROM dim_exploitation_form"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                precedence[reader.GetString(0)] = reader.GetInt32(1);
            }
        }

        return new AggregateCodes(contract, valid, precedence);
    }

    /// <summary>The code a delivered value of a dimension column stands for, or null when it has none.</summary>
    public string? Resolve(string column, string dimension, string delivered)
    {
        var trimmed = delivered.Trim();
        if (_maps[column].TryGetValue(trimmed.ToLowerInvariant(), out var mapped))
        {
            return mapped;
        }

        return _valid[dimension].Contains(trimmed) ? trimmed : null;
    }

    /// <summary>Dimension → code of a wide count column.</summary>
    public IReadOnlyDictionary<string, string> Wide(string column) => _wide.TryGetValue(column, out var codes) ? codes : new Dictionary<string, string>();

    private string Render(string dimension, CodeMapValue value, string key)
    {
        var unknown = value.Codes.FirstOrDefault(c => !_valid[dimension].Contains(c) || (value.IsSet && !_formPrecedence.ContainsKey(c)));
        if (unknown is not null)
        {
            throw new ContractException($"{_contract.FilePath}: {key}: '{unknown}' is not a code of code list '{AggregateDimensions.CodeListOf(dimension)}'.");
        }

        return value.IsSet
            ? string.Join("+", value.Codes.Distinct(StringComparer.Ordinal).OrderBy(c => _formPrecedence[c]))
            : value.Codes[0];
    }
}
