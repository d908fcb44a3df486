using System.CommandLine;
using Stats.Etl.Synthetic;
using Stats.Host.Cli;
using Stats.Host.Output;

namespace Stats.Host.Commands;

/// <summary>`stats generate`: one year of synthetic deliveries from five agencies, with ground truth.</summary>
internal static class GenerateCommand
{
    public static readonly Option<int> Year = new("--year") { Description = "Reference year.", DefaultValueFactory = _ => 2025 };
    public static readonly Option<int> Seed = new("--seed") { Description = "Random seed; the same seed gives the same files.", DefaultValueFactory = _ => 42 };
    public static readonly Option<string?> Out = new("--out") { Description = "Output folder. Default: <data>/deliveries/<year>." };
    public static readonly Option<int?> Persons = new("--persons") { Description = "Distinct victims to create (default: a realistic few hundred)." };

    public static Command Create()
    {
        var command = new Command("generate", "Write synthetic anonymised deliveries (clean and dirty) and the generator's ground truth.")
        {
            Year, Seed, Out, Persons,
        };
        command.SetRun(async (parse, env, cancellationToken) =>
        {
            var console = ConsoleFactory.For(parse);
            var year = parse.GetValue(Year);
            var output = parse.GetValue(Out) ?? Path.Combine(env.Warehouse.DataPath, "deliveries", year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var result = await Task.Run(
                () => new DeliveryGenerator(env.Time).Generate(Options(year, parse.GetValue(Seed), output, parse.GetValue(Persons))),
                cancellationToken).ConfigureAwait(false);
            GenerationTables.Write(console, result, output);
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static GenerationOptions Options(int year, int seed, string output, int? persons)
    {
        var options = new GenerationOptions(year, seed, output);
        return persons is { } n ? options with { Persons = n } : options;
    }
}
