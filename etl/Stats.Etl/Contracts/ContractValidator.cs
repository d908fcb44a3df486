using System.Globalization;
using Stats.Core.Canonical;
using Stats.Core.Privacy;

namespace Stats.Etl.Contracts;

/// <summary>
/// Checks a contract against the canonical model when it is read, so a wrong contract fails at once with the key
/// to fix instead of quarantining every row of the next delivery.
/// </summary>
internal sealed class ContractValidator(CodeListValues? codeLists)
{
    private static readonly string[] FormatTypes = ["csv", "json", "xlsx"];

    public IReadOnlyList<string> Validate(SourceContract contract)
    {
        var errors = new List<string>();
        var fileId = Path.GetFileNameWithoutExtension(contract.FilePath);
        if (string.IsNullOrWhiteSpace(contract.Id))
        {
            errors.Add("id: missing.");
        }
        else if (fileId.Length > 0 && !string.Equals(contract.Id, fileId, StringComparison.Ordinal))
        {
            errors.Add($"id: '{contract.Id}' differs from the file name '{fileId}'.");
        }

        ValidateSource(contract.Source, errors);
        ValidateFormat(contract.Format, errors);
        if (contract.Timeliness is { } timeliness)
        {
            errors.AddRange(timeliness.Problems());
        }

        if (contract.IsAggregate)
        {
            new AggregateContractValidator(codeLists).Validate(contract, errors);
            return errors;
        }

        if (!string.Equals(contract.Shape, Shapes.Microdata, StringComparison.Ordinal))
        {
            errors.Add($"shape: '{contract.Shape}' is not supported (known: {Shapes.Microdata}, {Shapes.Aggregate}).");
        }

        if (contract.Aggregate is not null)
        {
            errors.Add("aggregate: only for contracts with \"shape\": \"aggregate\".");
        }

        if (contract.Entity is null)
        {
            errors.Add($"entity: missing; a microdata contract names the canonical entity its rows become (known: {string.Join(", ", CanonicalEntities.All.Select(e => e.Name))}).");
        }
        else if (!CanonicalEntities.All.Any(e => e.Name == contract.Entity))
        {
            errors.Add($"entity: unknown canonical entity '{contract.Entity}' (known: {string.Join(", ", CanonicalEntities.All.Select(e => e.Name))}).");
        }

        for (var i = 0; i < contract.Children.Count; i++)
        {
            var child = contract.Children[i];
            if (!CanonicalEntities.All.Any(e => e.Name == child.Entity))
            {
                errors.Add($"children[{i}].entity: unknown canonical entity '{child.Entity}'.");
            }

            if ((child.Path is null) == (child.When is null))
            {
                errors.Add($"children[{i}]: set exactly one of 'path' and 'when'.");
            }
            else if (child.Path is not null && contract.Format.Type != "json")
            {
                errors.Add($"children[{i}].path: only JSON deliveries have arrays of child records; use 'when' for flat files.");
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var nodes = ContractNode.Of(contract);
        foreach (var node in nodes)
        {
            ValidateNode(contract, node, node.IsRoot ? null : nodes[0], errors);
        }

        return errors;
    }

    private void ValidateSource(SourceInfo? source, List<string> errors)
    {
        if (source is null || string.IsNullOrWhiteSpace(source.Code) || string.IsNullOrWhiteSpace(source.Name) || string.IsNullOrWhiteSpace(source.OrganisationType))
        {
            errors.Add("source: 'code', 'name' and 'organisationType' are all required.");
            return;
        }

        if (codeLists?.Contains("organisation_type", source.OrganisationType) == false)
        {
            errors.Add($"source.organisationType: '{source.OrganisationType}' is not a code of code list 'organisation_type'.");
        }
    }

    private static void ValidateFormat(FormatSpec format, List<string> errors)
    {
        if (!FormatTypes.Contains(format.Type, StringComparer.Ordinal))
        {
            errors.Add($"format.type: unknown format type '{format.Type}' (known: {string.Join(", ", FormatTypes)}).");
        }

        if (format.Type == "csv" && (format.Delimiter is not { Length: 1 } || format.Delimiter is "\"" or "\n" or "\r"))
        {
            errors.Add("format.delimiter: a CSV contract needs a delimiter of exactly one character (not a quote or line break).");
        }

        if (format.Type == "xlsx" && (string.IsNullOrWhiteSpace(format.Sheet) || format.HeaderRow < 1))
        {
            errors.Add("format.sheet/headerRow: an XLSX contract needs a sheet name and a header row of 1 or more.");
        }

        if (format.Encoding is not null && !string.Equals(format.Encoding.Replace("-", string.Empty, StringComparison.Ordinal), "utf8", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"format.encoding: '{format.Encoding}' is not supported (only utf-8).");
        }

        if (DateFormats.ToStrptime(format.EffectiveDateFormat) is null)
        {
            errors.Add($"format.dateFormat: '{format.DateFormat}' holds a pattern letter intake cannot read (use d, M, y, H, m, s).");
        }
    }

    private void ValidateNode(SourceContract contract, ContractNode node, ContractNode? parent, List<string> errors)
    {
        var p = node.KeyPrefix;
        var entity = node.Entity;
        var available = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (column, spec) in node.Columns)
        {
            var key = $"{p}columns.{column}";
            if (IdentifyingName(column) is { } kind)
            {
                errors.Add($"{key}: the column name denotes a direct identifier ({kind}); it can be neither mapped nor ignored.");
            }

            var field = entity.Find(spec.Field);
            if (field is null)
            {
                errors.Add($"{key}.field: unknown field '{spec.Field}' of canonical entity '{entity.Name}'.");
                continue;
            }

            if (!available.Add(field.Name))
            {
                errors.Add($"{key}.field: field '{field.Name}' is mapped twice.");
            }

            ValidateCodes(key, field, spec, errors);
        }

        foreach (var (fieldName, value) in node.Constants)
        {
            var key = $"{p}constants.{fieldName}";
            var field = entity.Find(fieldName);
            if (field is null)
            {
                errors.Add($"{key}: unknown field '{fieldName}' of canonical entity '{entity.Name}'.");
            }
            else if (!available.Add(fieldName))
            {
                errors.Add($"{key}: field '{fieldName}' is both mapped from a column and set as a constant.");
            }
            else if (ValueProblem(field, value) is { } problem)
            {
                errors.Add($"{key}: {problem}");
            }
        }

        foreach (var (childField, parentField) in node.InheritedFrom)
        {
            if (entity.Find(childField) is null)
            {
                errors.Add($"{p}inherit.{parentField}: unknown field '{childField}' of canonical entity '{entity.Name}'.");
            }
            else if (parent is not null && parent.Entity.Find(parentField) is null)
            {
                errors.Add($"{p}inherit.{parentField}: unknown field '{parentField}' of parent entity '{parent.Entity.Name}'.");
            }
            else if (!available.Add(childField))
            {
                errors.Add($"{p}inherit.{parentField}: field '{childField}' is also mapped or set as a constant.");
            }
        }

        foreach (var column in node.Ignore)
        {
            if (IdentifyingName(column) is { } kind)
            {
                errors.Add($"{p}ignore: '{column}' denotes a direct identifier ({kind}); such a delivery is refused, it cannot be ignored.");
            }

            if (node.Columns.ContainsKey(column))
            {
                errors.Add($"{p}ignore: '{column}' is also a mapped column.");
            }
        }

        foreach (var required in entity.Fields.Where(f => f.RequiredByModel && !available.Contains(f.Name)))
        {
            errors.Add($"{p}columns: required field '{required.Name}' of entity '{entity.Name}' is neither mapped, set as a constant nor inherited.");
        }

        for (var i = 0; i < node.DateOrder.Count; i++)
        {
            var rule = node.DateOrder[i];
            foreach (var name in new[] { rule.Earlier, rule.Later })
            {
                if (entity.Find(name) is not { Type: FieldType.Date } || !available.Contains(name))
                {
                    errors.Add($"{p}rules.dateOrder[{i}]: '{name}' is not a mapped date field of entity '{entity.Name}'.");
                }
            }
        }

        if (node.When is { } when && !node.Columns.ContainsKey(when) && !contract.Columns.ContainsKey(when))
        {
            errors.Add($"{p}when: '{when}' is not a column of this child or of its parent.");
        }
    }

    private void ValidateCodes(string key, CanonicalField field, ColumnSpec spec, List<string> errors)
    {
        if (spec.Codes is null)
        {
            return;
        }

        var folded = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (delivered, canonical) in spec.Codes)
        {
            var fold = delivered.Trim().ToLowerInvariant();
            if (folded.TryGetValue(fold, out var other) && !string.Equals(other, canonical, StringComparison.Ordinal))
            {
                errors.Add($"{key}.codes.{delivered}: maps to '{canonical}' but the same value (case-insensitive) also maps to '{other}'.");
            }

            folded[fold] = canonical;
            if (ValueProblem(field, canonical) is { } problem)
            {
                errors.Add($"{key}.codes.{delivered}: {problem}");
            }
        }
    }

    /// <summary>Why a canonical value cannot be stored in the field, or null when it can (or cannot be known yet).</summary>
    private string? ValueProblem(CanonicalField field, string value)
    {
        switch (field.Type)
        {
            case FieldType.Code or FieldType.CodeSet when field.CodeList is { } list:
                return codeLists?.Contains(list, value) == false ? $"'{value}' is not a code of code list '{list}'." : null;
            case FieldType.Boolean:
                return value is "true" or "false" ? null : $"'{value}' is not 'true' or 'false' (field '{field.Name}' is boolean).";
            case FieldType.Integer:
                return int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? null : $"'{value}' is not a whole number.";
            case FieldType.Decimal:
                return decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _) ? null : $"'{value}' is not a number.";
            case FieldType.Date:
                return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? null : $"'{value}' is not an ISO date (yyyy-MM-dd).";
            default:
                return null;
        }
    }

    /// <summary>A dotted JSON path is identifying when the whole path or its last segment is.</summary>
    internal static string? IdentifyingName(string column)
    {
        var last = column.Contains('.', StringComparison.Ordinal) ? column[(column.LastIndexOf('.') + 1)..] : column;
        return IdentifyingColumns.Classify(column) ?? IdentifyingColumns.Classify(last);
    }
}
