using Stats.Core.Canonical;
using static Stats.Etl.Intake.SqlParameters;

namespace Stats.Etl.Intake;

/// <summary>The statements that write a node's results: quarantine rows and staged rows.</summary>
internal sealed partial class NodeSql
{
    /// <summary>
    /// One qrn_row per broken rule. Children of a quarantined parent get only <c>parent_quarantined</c>. Messages
    /// quote the delivered value except for linkage keys and free text. The typed table keeps only the verdict, so
    /// the rule columns are computed here again, for the rows that are bad or have a bad parent only.
    /// </summary>
    public SqlStatement? Quarantine()
    {
        var ps = new SqlParameters();
        var head = $"SELECT {ps.Add(context.BatchKey)}::BIGINT, {ps.Add(node.Entity.Name)}, record_number, parent_record_number";
        var parts = new List<string>();
        foreach (var plan in plans.Where(p => p.FromColumn))
        {
            var k = K(plan);
            parts.Add($"{head}, e{k}, {ps.Add(plan.ReportedColumn)}, {MessageSql(plan, ps)} FROM q WHERE e{k} IS NOT NULL AND NOT parent_bad");
        }

        for (var j = 0; j < node.DateOrder.Count; j++)
        {
            var earlier = plans.First(p => p.Field.Name == node.DateOrder[j].Earlier);
            var later = plans.First(p => p.Field.Name == node.DateOrder[j].Later);
            var message = $"{ModelLiteral(later.Field.Name + " ")} || CAST(v{K(later)} AS VARCHAR) || {ModelLiteral(" is before " + earlier.Field.Name + " ")} || CAST(v{K(earlier)} AS VARCHAR)";
            parts.Add($"{head}, o{j}, {ps.Add(later.ReportedColumn)}, {message} FROM q WHERE o{j} IS NOT NULL AND NOT parent_bad");
        }

        if (!node.IsRoot)
        {
            parts.Add($"{head}, 'parent_quarantined', {ps.Add(node.Label)}, 'the parent record ' || CAST(parent_record_number AS VARCHAR) || ' was quarantined' FROM q WHERE parent_bad");
        }

        if (parts.Count == 0)
        {
            return null;
        }

        var rules = string.Concat(Rules(ps).Select(r => $",\n       {r.Sql} AS {r.Alias}"));
        var sql = "INSERT INTO qrn_row (load_batch_key, entity, record_number, parent_record_number, rule_code, column_name, message)\n"
            + $"WITH q AS (\nSELECT *{rules}\nFROM {TypedTable} WHERE bad OR parent_bad\n)\n"
            + string.Join("\nUNION ALL\n", parts);
        return new SqlStatement(sql, ps.ToArray());
    }

    public SqlStatement Stage(bool stagingHasParent)
    {
        var ps = new SqlParameters();
        var parent = stagingHasParent ? ", parent_record_number" : string.Empty;
        var columns = string.Concat(plans.Select(p => ", " + p.Field.Name));
        var values = string.Concat(plans.Select(p => $", v{K(p)}"));
        var sql = $"""
            INSERT INTO {node.Entity.StagingTable} (load_batch_key, source_code, record_number{parent}{columns})
            SELECT {ps.Add(context.BatchKey)}::BIGINT, {ps.Add(context.SourceCode)}, record_number{parent}{values}
            FROM {TypedTable}
            WHERE NOT bad AND NOT parent_bad
            """;
        return new SqlStatement(sql, ps.ToArray());
    }

    public string Counts => $"SELECT count(*), count(*) FILTER (WHERE NOT bad AND NOT parent_bad) FROM {TypedTable}";

    private string MessageSql(FieldPlan plan, SqlParameters ps)
    {
        var k = K(plan);
        var shown = plan.Field.Type == FieldType.CodeSet ? $"b{k}" : TextOf(plan);
        var quoted = $"'''' || left({shown}, 80) || ''''";
        var quotedFirst = $"'''' || left({shown}, 1) || ''''";
        var codeList = plan.Field.CodeList ?? string.Empty;
        return $"""
            CASE e{k}
                WHEN 'missing_required_value' THEN 'a required value is missing'
                WHEN 'unknown_code' THEN {quoted} || {ModelLiteral($" is not a code of code list '{codeList}' (after the contract's code map)")}
                WHEN 'impossible_date' THEN {quoted} || ' is not a date in the format ' || {ps.Add(context.DateFormat)}
                WHEN 'future_date' THEN 'date ' || CAST(v{k} AS VARCHAR) || ' is after the day of delivery ' || {ps.Add(context.Today)}
                WHEN 'invalid_number' THEN {quoted} || {ModelLiteral(plan.Field.Type == FieldType.Integer ? " is not a whole number" : " is not a number")}
                WHEN 'age_out_of_range' THEN 'age ' || CAST(v{k} AS VARCHAR) || ' is outside 0 to 120'
                WHEN 'invalid_boolean' THEN {quoted} || ' is not true or false (after the contract''s code map)'
                WHEN 'malformed_linkage_key' THEN 'the key is not 64 lower-case hexadecimal characters'
                WHEN 'formula_text' THEN 'the value starts like a spreadsheet formula (=, +, - or @, or a control character); free text is never quoted'
            END
            """;
    }
}
