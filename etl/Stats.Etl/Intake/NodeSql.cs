using System.Globalization;
using System.Text;
using Stats.Core.Canonical;
using Stats.Core.CodeLists;
using Stats.Etl.Contracts;
using Stats.Etl.Readers;

namespace Stats.Etl.Intake;

/// <summary>
/// Generates the set-based SQL that validates and maps one node of a delivery: a typed temp table holding, per
/// field, the text (<c>t</c>), the typed value (<c>v</c>) and the broken rule (<c>e</c>); then the quarantine rows
/// and the staging insert. Identifiers come from the canonical model and generated names only; everything a
/// contract says is bound as a parameter.
/// </summary>
internal sealed partial class NodeSql(ContractNode node, RawTable raw, IReadOnlyList<FieldPlan> plans, IReadOnlyList<FieldPlan>? parentPlans, IntakeSqlContext context)
{
    public const string CodeMapTable = "_intake_codemap";

    public string TypedTable => $"_intake_typed_{node.Index}";

    public IEnumerable<string> TempTables =>
        plans.Where(p => p.FromColumn && p.Field.Type == FieldType.CodeSet && p.RawColumn is not null).Select(SetTable).Append(TypedTable);

    private string SetTable(FieldPlan plan) => $"_intake_set_{node.Index}_{plan.Index}";

    /// <summary>
    /// Maps each distinct delivered value of a multi-valued column once (a delivery repeats a few combinations
    /// many times): split, map each element, keep the sorted distinct codes and the first element that is no code.
    /// </summary>
    public IEnumerable<SqlStatement> SetTables()
    {
        foreach (var plan in plans.Where(p => p.FromColumn && p.Field.Type == FieldType.CodeSet && p.RawColumn is not null))
        {
            var ps = new SqlParameters();
            var codes = CodeListCatalog.Get(plan.Field.CodeList!);
            var key = (plan.CodeMapKey ?? -1).ToString(CultureInfo.InvariantCulture);
            var filter = raw.FilterSql is null ? string.Empty : $" AND {raw.FilterSql}";
            var sql = $"""
                CREATE OR REPLACE TEMP TABLE {SetTable(plan)} AS
                WITH delivered AS (
                    SELECT DISTINCT r.{plan.RawColumn} AS raw_value FROM {raw.Name} r WHERE NULLIF(trim(r.{plan.RawColumn}), '') IS NOT NULL{filter}
                ), elements AS (
                    SELECT raw_value, NULLIF(trim(unnest(string_split(raw_value, {ps.Add(plan.Spec!.EffectiveSeparator)}))), '') AS x FROM delivered
                ), mapped AS (
                    SELECT e.raw_value, e.x, coalesce(m.canonical_value, e.x) AS code
                    FROM elements e LEFT JOIN {CodeMapTable} m ON m.column_key = {key} AND m.source_value = lower(e.x)
                    WHERE e.x IS NOT NULL
                )
                SELECT raw_value, list_sort(list_distinct(list(code))) AS codes,
                       min(x) FILTER (WHERE code NOT IN (SELECT {codes.CodeColumn} FROM {codes.Table})) AS bad_value
                FROM mapped GROUP BY raw_value
                """;
            yield return new SqlStatement(sql, ps.ToArray());
        }
    }

    /// <summary>The text a rule checks and a message quotes: its own column only where it differs from the value.</summary>
    internal static string TextOf(FieldPlan plan) => HasOwnText(plan) ? $"t{K(plan)}" : $"v{K(plan)}";

    private static bool HasOwnText(FieldPlan plan) =>
        plan.FromColumn && plan.Field.Type is FieldType.Date or FieldType.Integer or FieldType.Decimal or FieldType.Boolean;

    private static string K(FieldPlan plan) => plan.Index.ToString(CultureInfo.InvariantCulture);

    private string Where => raw.FilterSql is null ? string.Empty : $"WHERE {raw.FilterSql}";

    private static string TrimmedRaw(FieldPlan plan) =>
        plan.RawColumn is null ? "NULL::VARCHAR" : Trimmed($"r.{plan.RawColumn}");

    /// <summary>
    /// <c>NULLIF(trim(x), '')</c>, with a fast path: trim() copies every value, which on a million 64-character keys
    /// costs a third of a second. DuckDB's trim() removes only Unicode space separators (Zs), and the only ASCII one is
    /// the space, so a value of ASCII characters alone (byte length = character length) with no space at either end is
    /// already trimmed; every other value still goes through trim().
    /// </summary>
    private static string Trimmed(string x) =>
        $"CASE WHEN strlen({x}) = length({x}) AND NOT starts_with({x}, ' ') AND NOT ends_with({x}, ' ') THEN NULLIF({x}, '') ELSE NULLIF(trim({x}), '') END";

    private static string Mapped(FieldPlan plan) =>
        plan.CodeMapKey is null || plan.RawColumn is null ? TrimmedRaw(plan) : $"coalesce(m{K(plan)}.canonical_value, {TrimmedRaw(plan)})";

    public SqlStatement Typed()
    {
        var ps = new SqlParameters();
        var inner = new StringBuilder();
        var joins = new StringBuilder();
        var parentBad = node.IsRoot ? "false" : "coalesce(p.bad, false)";
        inner.Append(CultureInfo.InvariantCulture, $"SELECT {raw.RecordNumberSql} AS record_number, {raw.ParentRecordNumberSql} AS parent_record_number, {parentBad} AS parent_bad");
        foreach (var plan in plans)
        {
            var (t, v) = ValueSql(plan, ps);
            var text = HasOwnText(plan) ? $"{t} AS t{K(plan)}, " : string.Empty;
            var badValue = plan.Field.Type == FieldType.CodeSet ? $", {(plan.RawColumn is null ? "NULL::VARCHAR" : $"s{K(plan)}.bad_value")} AS b{K(plan)}" : string.Empty;
            inner.Append(CultureInfo.InvariantCulture, $",\n       {text}{v} AS v{K(plan)}{badValue}");
            if (plan.CodeMapKey is { } key && plan.Field.Type != FieldType.CodeSet && plan.RawColumn is not null)
            {
                joins.Append(CultureInfo.InvariantCulture, $"\nLEFT JOIN {CodeMapTable} m{K(plan)} ON m{K(plan)}.column_key = {key} AND m{K(plan)}.source_value = lower({TrimmedRaw(plan)})");
            }

            if (plan.FromColumn && plan.Field.Type == FieldType.CodeSet && plan.RawColumn is not null)
            {
                joins.Append(CultureInfo.InvariantCulture, $"\nLEFT JOIN {SetTable(plan)} s{K(plan)} ON s{K(plan)}.raw_value = r.{plan.RawColumn}");
            }
        }

        if (!node.IsRoot)
        {
            joins.Append(CultureInfo.InvariantCulture, $"\nLEFT JOIN _intake_typed_0 p ON p.record_number = {raw.ParentRecordNumberSql}");
        }

        // Only the verdict is stored: the rule columns are recomputed for the few bad rows when quarantining
        // (see Quarantine), which keeps a dozen mostly-NULL text columns out of a table of every row.
        var rules = Rules(ps);
        var bad = rules.Count == 0 ? "false" : string.Join(" OR ", rules.Select(r => $"({r.Sql}) IS NOT NULL"));
        var sql = $"""
            CREATE OR REPLACE TEMP TABLE {TypedTable} AS
            SELECT l.*, ({bad}) AS bad
            FROM (
                {inner}
                FROM {raw.Name} r{joins}
                {Where}
            ) l
            """;
        return new SqlStatement(sql, ps.ToArray());
    }

    /// <summary>Each row rule of the node as (column alias, SQL giving the broken rule's code or NULL) over the typed columns.</summary>
    private List<(string Alias, string Sql)> Rules(SqlParameters ps)
    {
        var rules = new List<(string Alias, string Sql)>();
        foreach (var plan in plans.Where(p => p.FromColumn))
        {
            rules.Add(($"e{K(plan)}", RuleSql(plan, ps)));
        }

        for (var j = 0; j < node.DateOrder.Count; j++)
        {
            var earlier = plans.First(p => p.Field.Name == node.DateOrder[j].Earlier);
            var later = plans.First(p => p.Field.Name == node.DateOrder[j].Later);
            rules.Add(($"o{j.ToString(CultureInfo.InvariantCulture)}", $"CASE WHEN v{K(later)} < v{K(earlier)} THEN 'decision_before_registration' END"));
        }

        return rules;
    }

    private (string Text, string Value) ValueSql(FieldPlan plan, SqlParameters ps)
    {
        if (plan.Constant is { } constant)
        {
            var value = plan.Field.Type == FieldType.CodeSet ? $"string_split({ps.Add(constant)}, ';')" : $"CAST({ps.Add(constant)} AS {plan.SqlType})";
            return ("NULL::VARCHAR", value);
        }

        if (plan.ParentField is { } parentField)
        {
            var parent = parentPlans!.First(p => p.Field.Name == parentField);
            return ("NULL::VARCHAR", $"CAST(p.v{K(parent)} AS {plan.SqlType})");
        }

        var m = Mapped(plan);
        return plan.Field.Type switch
        {
            FieldType.CodeSet when plan.RawColumn is null => ("NULL::VARCHAR", "NULL::VARCHAR[]"),
            FieldType.CodeSet => (m, $"nullif(s{K(plan)}.codes, []::VARCHAR[])"),
            FieldType.Date => (m, DateSql(m, ps)),
            FieldType.Integer => (m, $"CASE WHEN regexp_full_match({m}, '[+-]?[0-9]{{1,9}}') THEN TRY_CAST({m} AS INTEGER) END"),
            FieldType.Decimal => (m, $"CASE WHEN regexp_full_match({m}, '[+-]?[0-9]{{1,16}}([.][0-9]+)?') THEN TRY_CAST({m} AS DECIMAL(18, 2)) END"),
            FieldType.Boolean => (m, $"CASE lower({m}) WHEN 'true' THEN true WHEN 'false' THEN false END"),
            _ => (m, m),
        };
    }

    private string DateSql(string text, SqlParameters ps)
    {
        var parsed = $"CAST(try_strptime({text}, {ps.Add(context.Strptime)}) AS DATE)";
        return context.AcceptIsoDates ? $"coalesce({parsed}, CAST(try_strptime({text}, '%Y-%m-%d') AS DATE))" : parsed;
    }

    /// <summary>
    /// The text starts with a control character (tab, carriage return, line feed: some readers drop them, and XML turns a
    /// carriage return into a line feed), or with =, +, - or @ after any white space.
    /// </summary>
    private static string FormulaStart(string text) => $@"regexp_matches({text}, '^([\x01-\x1f]|\s*[-=+@])')";

    private string RuleSql(FieldPlan plan, SqlParameters ps)
    {
        var k = K(plan);
        var missing = plan.Required ? "'missing_required_value'" : "NULL";
        var type = plan.Field.Type;
        if (type == FieldType.CodeSet)
        {
            return $"CASE WHEN v{k} IS NULL AND b{k} IS NULL THEN {missing} WHEN b{k} IS NOT NULL THEN 'unknown_code' END";
        }

        var t = TextOf(plan);
        var rule = new StringBuilder($"CASE WHEN {t} IS NULL THEN {missing}");
        switch (type)
        {
            case FieldType.LinkageKey:
                // ^[0-9a-f]{64}$ as one RE2 full match: measured at a third of the cost of length() plus ltrim() on 1M keys.
                rule.Append(CultureInfo.InvariantCulture, $" WHEN NOT regexp_full_match({t}, '[0-9a-f]{{64}}') THEN 'malformed_linkage_key'");
                break;
            case FieldType.Code:
                var codes = CodeListCatalog.Get(plan.Field.CodeList!);
                rule.Append(CultureInfo.InvariantCulture, $" WHEN {t} NOT IN (SELECT {codes.CodeColumn} FROM {codes.Table}) THEN 'unknown_code'");
                break;
            case FieldType.Date:
                rule.Append(CultureInfo.InvariantCulture, $" WHEN v{k} IS NULL THEN 'impossible_date' WHEN v{k} > CAST({ps.Add(context.Today)} AS DATE) THEN 'future_date'");
                break;
            case FieldType.Integer:
                rule.Append(CultureInfo.InvariantCulture, $" WHEN v{k} IS NULL THEN 'invalid_number'");
                if (plan.Field.Name == "age_years")
                {
                    rule.Append(CultureInfo.InvariantCulture, $" WHEN v{k} < 0 OR v{k} > 120 THEN 'age_out_of_range'");
                }

                break;
            case FieldType.Decimal:
                rule.Append(CultureInfo.InvariantCulture, $" WHEN v{k} IS NULL THEN 'invalid_number'");
                break;
            case FieldType.Boolean:
                rule.Append(CultureInfo.InvariantCulture, $" WHEN v{k} IS NULL THEN 'invalid_boolean'");
                break;
            case FieldType.Text:
                // Free text (record and case ids) is the only delivered text stored as it came: one that a spreadsheet
                // would run as a formula (OWASP's CSV injection characters) is no agency's id, so it is not loaded.
                rule.Append(CultureInfo.InvariantCulture, $" WHEN {FormulaStart(t)} THEN 'formula_text'");
                break;
        }

        return rule.Append(" END").ToString();
    }
}
