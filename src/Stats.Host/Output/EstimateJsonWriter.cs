using System.Text;
using System.Text.Json;
using Stats.Core.Estimation;
using Stats.Warehouse.Estimation;

namespace Stats.Host.Output;

/// <summary>
/// `stats estimate --json`: the estimate with its interval, the chosen model and its fit, every other model considered
/// with its own estimate, the input table and the settings — enough to reproduce and review the figure. Numbers that do
/// not exist (an unbounded upper limit, a rejected model's fit) are null.
/// </summary>
internal static class EstimateJsonWriter
{
    public static string Write(MseEstimate estimate, string source)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("status", "estimated");
            json.WriteString("source", source);
            WriteTable(json, estimate.Table);
            json.WriteNumber("observed", estimate.Observed);
            Number(json, "total", estimate.Total);
            Number(json, "hidden", estimate.Hidden);
            Number(json, "lower", estimate.Lower);
            Number(json, "upper", estimate.Upper);
            json.WriteNumber("confidence", estimate.Options.Confidence);
            WriteSettings(json, estimate.Options);
            json.WritePropertyName("model");
            WriteModel(json, estimate.Table, estimate.Model.Terms, estimate.Model, null);
            json.WriteStartArray("alternatives");
            foreach (var alternative in Ordered(estimate))
            {
                WriteModel(json, estimate.Table, alternative.Terms, alternative.Fit, alternative.Rejected);
            }

            json.WriteEndArray();
            json.WriteStartArray("warnings");
            foreach (var warning in estimate.Warnings)
            {
                json.WriteStringValue(warning);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string Refusal(string source, EstimationRefusedException refusal)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("status", "refused");
            json.WriteString("source", source);
            json.WriteString("reason", refusal.ReasonCode);
            json.WriteString("message", refusal.Message);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Usable models by the selection criterion (AIC for significance and fixed), then the rejected ones.</summary>
    internal static IEnumerable<ConsideredModel> Ordered(MseEstimate estimate) =>
        estimate.Alternatives
            .OrderBy(a => a.Usable ? 0 : 1)
            .ThenBy(a => a.Fit is null ? double.MaxValue : estimate.Options.Criterion == SelectionCriterion.Bic ? a.Fit.Bic : a.Fit.Aic)
            .ThenBy(a => a.Name, StringComparer.Ordinal);

    private static void WriteTable(Utf8JsonWriter json, OverlapTable table)
    {
        json.WriteStartArray("lists");
        for (var i = 0; i < table.ListCount; i++)
        {
            json.WriteStartObject();
            json.WriteString("name", table.Lists[i]);
            json.WriteNumber("persons", table.ListSize(i));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("table");
        for (var mask = 1; mask < table.CellCount; mask++)
        {
            json.WriteStartObject();
            json.WriteStartArray("lists");
            for (var i = 0; i < table.ListCount; i++)
            {
                if ((mask & (1 << i)) != 0)
                {
                    json.WriteStringValue(table.Lists[i]);
                }
            }

            json.WriteEndArray();
            json.WriteNumber("persons", table[mask]);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteSettings(Utf8JsonWriter json, EstimationOptions options)
    {
        json.WriteStartObject("selection");
        json.WriteString("criterion", EstimationText.Criterion(options.Criterion));
        if (options.Criterion == SelectionCriterion.Significance)
        {
            json.WriteNumber("significanceLevel", options.SignificanceLevel);
        }

        json.WriteEndObject();
        json.WriteStartObject("interval");
        json.WriteString("method", options.Interval == IntervalMethod.Bootstrap ? "bootstrap" : "profile_likelihood");
        if (options.Interval == IntervalMethod.Bootstrap)
        {
            json.WriteNumber("replicates", options.BootstrapReplicates);
            json.WriteNumber("seed", options.Seed);
        }

        json.WriteEndObject();
    }

    private static void WriteModel(Utf8JsonWriter json, OverlapTable table, IReadOnlyList<Interaction> terms, ModelFit? fit, string? rejected)
    {
        json.WriteStartObject();
        json.WriteString("name", ModelSpec.Format(terms, table.Lists));
        json.WriteStartArray("terms");
        foreach (var term in terms)
        {
            json.WriteStringValue(term.Name(table.Lists));
        }

        json.WriteEndArray();
        Number(json, "total", fit?.Total);
        Number(json, "hidden", fit?.Hidden);
        Number(json, "deviance", fit?.Deviance);
        if (fit is null)
        {
            json.WriteNull("df");
        }
        else
        {
            json.WriteNumber("df", fit.DegreesOfFreedom);
        }

        Number(json, "aic", fit?.Aic);
        Number(json, "bic", fit?.Bic);
        Number(json, "logLikelihood", fit?.LogLikelihood);
        if (fit is not null)
        {
            json.WriteNumber("parameters", fit.Parameters);
            json.WriteNumber("iterations", fit.Iterations);
        }

        if (rejected is null)
        {
            json.WriteNull("rejected");
        }
        else
        {
            json.WriteString("rejected", rejected);
        }

        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, Math.Round(v, 6));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
