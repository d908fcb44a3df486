using Microsoft.OData;
using Microsoft.OData.UriParser;
using Stats.Warehouse.OData;
using Stats.Warehouse.OData.Apply;

namespace Stats.Api;

/// <summary>
/// GET /odata/{Fact_Set}?$apply=… for analysts: translated to one DuckDB query, disclosure-controlled
/// (<see cref="ApplyProtection"/>) and written with ODataMessageWriter, the context URL carrying the apply clause
/// (…/$metadata#Fact_X(SexCode,N)). Each row has the group properties, the aggregate aliases (dynamic properties, null
/// when suppressed) and <c>ConfStatus</c> (F published, C primary, D secondary suppression — as the cube sets). The whole
/// result is one response (bounded by <see cref="ApplyLimits.MaxGroups"/>); the other query options are not combined with
/// $apply (501). Limits come from an <see cref="ApplyLimits"/> registered in the services, else the defaults. Every query
/// is logged with the caller's key name.
/// </summary>
internal static class ApplyEndpoint
{
    public const string Option = "$apply";

    private static readonly HashSet<string> NotCombined = new(StringComparer.OrdinalIgnoreCase)
    {
        "$filter", "$orderby", "$select", "$top", "$skip", "$count", "$skiptoken", "$expand", "$search", "$compute", "$levels", "$index", "$schemaversion",
    };

    public static bool Handles(HttpRequest request) => request.Query.ContainsKey(Option);

    public static async Task ApplyAsync(HttpContext context, string setName, ODataServeOptions options)
    {
        var ct = context.RequestAborted;
        var apply = CheckOptions(context.Request.Query);
        var served = await ServedRequest.ModelAsync(context).ConfigureAwait(false);
        var set = await ServedRequest.SetAsync(context, served, setName).ConfigureAwait(false);
        if (set.Disclosure is null)
        {
            throw new ODataHttpException(501, "NotImplemented", $"$apply is supported on the analyst fact sets only, not on '{set.Name}'.");
        }

        var limits = context.RequestServices.GetService<ApplyLimits>() ?? new ApplyLimits();
        var caller = ApiCaller.Of(context);
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Stats.Api.Apply")
            .LogInformation("$apply by {Role} {Key} on {Set} (vintage {Vintage}): {Apply}", caller.Role, caller.KeyName, set.Name, served.VintageId, apply);
        ApplyResult result;
        await using (var connection = await served.OpenConnectionAsync(ct).ConfigureAwait(false))
        {
            result = await ApplyRunner.RunAsync(connection, served.Model, set, apply, limits, ct).ConfigureAwait(false);
        }

        var entitySet = ODataResponses.EntitySet(served, set.Name);
        var root = ODataResponses.ServiceRoot(context, options.RoutePrefix);
        var settings = ODataResponses.Settings(root, new ODataUri { Path = new ODataPath(new EntitySetSegment(entitySet)), Apply = result.Clause });

        // Aliases are not properties of the entity type; the context URL declares them.
        settings.Validations &= ~ValidationKinds.ThrowOnUndeclaredPropertyForNonOpenType;
        var message = new BufferedResponseMessage();
        using (var writer = new ODataMessageWriter(message, settings, served.Model))
        {
            var feedWriter = await writer.CreateODataResourceSetWriterAsync(entitySet, entitySet.EntityType).ConfigureAwait(false);
            await feedWriter.WriteStartAsync(new ODataResourceSet()).ConfigureAwait(false);
            foreach (var row in result.Rows)
            {
                var properties = result.Columns.Select((c, i) => new ODataProperty { Name = c.Name, Value = Value(c, row.Values[i]) })
                    .Append(new ODataProperty { Name = ApplySqlTranslator.StatusProperty, Value = row.ConfStatus });
                await feedWriter.WriteStartAsync(new ODataResource { Properties = properties.ToList() }).ConfigureAwait(false);
                await feedWriter.WriteEndAsync().ConfigureAwait(false);
            }

            await feedWriter.WriteEndAsync().ConfigureAwait(false);
        }

        await ODataResponses.SendAsync(context.Response, message, served.VintageId).ConfigureAwait(false);
    }

    /// <summary>The $apply text; the options that cannot be combined with it are 501, unknown ones 400.</summary>
    private static string CheckOptions(IQueryCollection query)
    {
        foreach (var key in query.Keys.Where(k => k.StartsWith('$')))
        {
            if (NotCombined.Contains(key))
            {
                throw new ODataHttpException(501, "NotImplemented", $"{key} is not supported together with $apply.");
            }

            if (!key.Equals(Option, StringComparison.OrdinalIgnoreCase) && !key.Equals("$format", StringComparison.OrdinalIgnoreCase))
            {
                throw new ODataHttpException(400, "BadRequest", $"{key}: unknown system query option.");
            }
        }

        if (query.TryGetValue("$format", out var format) && (format.Count != 1 || !(string.Equals(format[0], "json", StringComparison.OrdinalIgnoreCase)
            || format[0]!.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))))
        {
            throw new ODataHttpException(501, "NotImplemented", "$format: only JSON is served.");
        }

        var values = query[Option];
        return values.Count == 1 && !string.IsNullOrWhiteSpace(values[0])
            ? values[0]!
            : throw new ODataHttpException(400, "BadRequest", "$apply: give it once, not empty.");
    }

    // ODL 8 writes Edm.Date only from Microsoft.OData.Edm.Date.
#pragma warning disable CS0618
    /// <summary>Aliases are dynamic: their values carry their type (…@odata.type), so a reader gets Int64 and not an untyped number.</summary>
    private static object? Value(ApplyColumn column, object? value)
    {
        object? typed = value is DateOnly d ? new Microsoft.OData.Edm.Date(d.Year, d.Month, d.Day) : value;
        if (column.IsGroup || typed is null)
        {
            return typed;
        }

        return new ODataPrimitiveValue(typed) { TypeAnnotation = new ODataTypeAnnotation(EdmTypeName(column.Type)) };
    }

    private static string EdmTypeName(FlatType type) => type switch
    {
        FlatType.String => "Edm.String",
        FlatType.Int64 => "Edm.Int64",
        FlatType.Int32 => "Edm.Int32",
        FlatType.Double => "Edm.Double",
        FlatType.Boolean => "Edm.Boolean",
        FlatType.Date => "Edm.Date",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
#pragma warning restore CS0618
}
