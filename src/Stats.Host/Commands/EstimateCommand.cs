using System.CommandLine;
using System.Globalization;
using Stats.Core.Estimation;
using Stats.Host.Cli;
using Stats.Host.Output;
using Stats.Warehouse.Estimation;
using Stats.Warehouse.Sql;
using Stats.Warehouse.Vintages;

namespace Stats.Host.Commands;

/// <summary>
/// `stats estimate`: multiple systems estimation of the total number of victims, seen and unseen, from the overlap of
/// agency lists — the warehouse's own table of a year (from a published vintage) or any overlap table given as CSV.
/// A table that cannot support an estimate is refused with the reason (exit code 3).
/// </summary>
internal static class EstimateCommand
{
    private static readonly Option<int?> Year = new("--year") { Description = "Reference year: the overlap of the agencies' lists in the published vintage." };

    private static readonly Option<FileInfo?> Lists = new("--lists")
    {
        Description = "An overlap table as CSV: one 0/1 column per list (header = list name), last column the persons seen on exactly that combination.",
    };

    private static readonly Option<bool> Json = new("--json") { Description = "Write the estimate as JSON (observed, total, hidden, lower, upper, model, alternatives, …)." };

    public static Command Create()
    {
        var command = new Command("estimate",
            "Estimate the total number of victims, registered or not, by multiple systems estimation (log-linear models over the overlap of agency lists).")
        {
            Year, Lists, ReadOptions.Vintage, Json,
        };
        foreach (var option in EstimateOptions.All)
        {
            command.Options.Add(option);
        }

        command.SetRun(async (parse, env, cancellationToken) =>
        {
            var options = EstimateOptions.From(parse, env.Warehouse.Estimation.ToOptions());
            var json = parse.GetValue(Json);
            var source = parse.GetValue(Lists)?.Name ?? $"agency lists {parse.GetValue(Year)}";
            MseEstimate estimate;
            try
            {
                OverlapTable table;
                (table, source) = await ReadTableAsync(parse, env, cancellationToken).ConfigureAwait(false);
                estimate = MultipleSystemsEstimator.Estimate(table, options);
            }
            catch (EstimationRefusedException e)
            {
                return await RefuseAsync(parse, json, source, e).ConfigureAwait(false);
            }

            if (json)
            {
                await parse.InvocationConfiguration.Output.WriteLineAsync(EstimateJsonWriter.Write(estimate, source)).ConfigureAwait(false);
            }
            else
            {
                EstimateTables.Write(ConsoleFactory.For(parse), estimate, source);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<(OverlapTable Table, string Source)> ReadTableAsync(ParseResult parse, StatsEnvironment env, CancellationToken ct)
    {
        var year = parse.GetValue(Year);
        var file = parse.GetValue(Lists);
        if ((year is null) == (file is null))
        {
            throw new CommandInputException("give either --year (the warehouse's overlap table of that year) or --lists <file.csv> (an overlap table of your own).");
        }

        if (file is not null)
        {
            if (parse.GetValue(ReadOptions.Vintage) is not null)
            {
                throw new CommandInputException("--vintage selects the warehouse's table; it has no effect with --lists.");
            }

            if (!file.Exists)
            {
                throw new CommandInputException($"--lists: file '{file.FullName}' does not exist.");
            }

            using var reader = file.OpenText();
            return (ReadCsv(reader, file.Name), file.Name);
        }

        var store = new VintageStore(env.Warehouse);
        var vintage = VintageSelection.Resolve(store, parse.GetValue(ReadOptions.Vintage));
        await using var snapshot = await store.OpenReadOnlyAsync(vintage, ct).ConfigureAwait(false);
        var table = await AgencyOverlapReader.ReadAsync(snapshot, new SqlFiles(env.Warehouse.SqlPath), year!.Value, ct).ConfigureAwait(false);
        if (table is null)
        {
            var years = await AgencyOverlapReader.YearsAsync(snapshot, new SqlFiles(env.Warehouse.SqlPath), ct).ConfigureAwait(false);
            throw new CommandInputException(string.Create(CultureInfo.InvariantCulture,
                $"--year {year}: vintage {vintage.Id} has no person registered in {year}. Years with an overlap table: {(years.Count == 0 ? "none" : string.Join(", ", years))}."));
        }

        return (table, string.Create(CultureInfo.InvariantCulture, $"agency lists {year}, vintage {vintage.Id}"));
    }

    /// <summary>A malformed file is refused like a table that cannot support an estimate: exit 3 with the row and reason.</summary>
    private static OverlapTable ReadCsv(StreamReader reader, string name)
    {
        try
        {
            return OverlapTableCsv.Read(reader, name);
        }
        catch (ArgumentException e)
        {
            throw new EstimationRefusedException(RefusalReason.InvalidTable, $"{name}: {e.Message.Split(" (Parameter", 2)[0]}");
        }
    }

    private static async Task<int> RefuseAsync(ParseResult parse, bool json, string source, EstimationRefusedException e)
    {
        if (json)
        {
            await parse.InvocationConfiguration.Output.WriteLineAsync(EstimateJsonWriter.Refusal(source, e)).ConfigureAwait(false);
        }

        await ConsoleFactory.Error(parse).WriteLineAsync($"refused ({e.ReasonCode}): {e.Message}").ConfigureAwait(false);
        return ExitCodes.Refused;
    }
}
