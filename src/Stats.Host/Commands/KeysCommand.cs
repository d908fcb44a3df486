using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Stats.Catalog;
using Stats.Catalog.ApiKeys;
using Stats.Host.Cli;

namespace Stats.Host.Commands;

/// <summary>
/// `stats keys add|list|revoke`: API keys for the OData feed, kept in the catalog of the data folder. A key is printed once,
/// by `add`; the catalog stores only its SHA-256, so a lost key is revoked and replaced, never recovered.
/// </summary>
internal static class KeysCommand
{
    private static readonly Option<string> Name = new("--name") { Description = "Who holds the key (unique; shown in logs instead of the key).", Required = true };

    private static readonly Option<string> Role = new("--role")
    {
        Description = "public (protected sets, like anonymous callers, but counted per key), analyst (also unprotected and fact sets), admin (everything, load batches too, run history), " +
            "agency (reads like public; uploads deliveries for its --contract ids to POST /intake/<contract-id>).",
        Required = true,
    };

    private static readonly Option<string[]> Contracts = new("--contract")
    {
        Description = "For an agency key: a contract id it may upload for (repeat the option for several).",
        AllowMultipleArgumentsPerToken = true,
    };

    public static Command Create()
    {
        var command = new Command("keys", "Manage the API keys of the OData feed (add, list, revoke).");
        command.Subcommands.Add(CreateAdd());
        command.Subcommands.Add(CreateList());
        command.Subcommands.Add(CreateRevoke());
        return command;
    }

    private static Command CreateAdd()
    {
        var command = new Command("add", "Create a key and print it once; only its hash is stored.") { Name, Role, Contracts };
        command.SetRun(async (parse, env, ct) =>
        {
            var role = Parse(() => ApiKeyStore.ParseRole(parse.GetValue(Role)));
            await using var db = await CatalogDatabase.OpenAsync(env.Catalog, env.Warehouse.DataDirectory, ct).ConfigureAwait(false);
            var contracts = parse.GetValue(Contracts) ?? [];
            var created = await Parse(() => new ApiKeyStore(db, env.Time).AddAsync(parse.GetValue(Name)!, role, contracts, ct)).ConfigureAwait(false);
            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Created key '{created.Name}' ({Word(created.Role)}). It is shown only now; store it safely:")).ConfigureAwait(false);
            await output.WriteLineAsync(created.Key).ConfigureAwait(false);
            await output.WriteLineAsync("Use it as the Basic password (any user name), an X-Api-Key header or the api_key parameter.").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateList()
    {
        var command = new Command("list", "List the keys: name, role, created, last used, revoked (never the keys).");
        command.SetRun(async (parse, env, ct) =>
        {
            await using var db = await CatalogDatabase.OpenAsync(env.Catalog, env.Warehouse.DataDirectory, ct).ConfigureAwait(false);
            var keys = await new ApiKeyStore(db, env.Time).ListAsync(ct).ConfigureAwait(false);
            var console = ConsoleFactory.For(parse);
            if (keys.Count == 0)
            {
                console.WriteLine("No API keys yet: create one with `stats keys add --role analyst --name <name>`.");
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("name", "role", "contracts", "created", "last used", "revoked");
            foreach (var key in keys)
            {
                table.AddRow(
                    Markup.Escape(key.Name), Word(key.Role), Markup.Escape(string.Join(", ", key.Contracts)), Time(key.CreatedAt), Time(key.LastUsedAt), Time(key.RevokedAt));
            }

            console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateRevoke()
    {
        var command = new Command("revoke", "Revoke a key: refused by `serve` within seconds (the key cache's duration, Api:KeyCacheDuration).") { Name };
        command.SetRun(async (parse, env, ct) =>
        {
            await using var db = await CatalogDatabase.OpenAsync(env.Catalog, env.Warehouse.DataDirectory, ct).ConfigureAwait(false);
            var key = await Parse(() => new ApiKeyStore(db, env.Time).RevokeAsync(parse.GetValue(Name)!, ct)).ConfigureAwait(false);
            await parse.InvocationConfiguration.Output.WriteLineAsync(
                $"Revoked key '{key.Name}' at {Time(key.RevokedAt)}.").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The catalog's refusals are the user's input errors: one line, no stack trace.</summary>
    private static T Parse<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (ApiKeyException e)
        {
            throw new CommandInputException(e.Message);
        }
    }

    private static async Task<T> Parse<T>(Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (ApiKeyException e)
        {
            throw new CommandInputException(e.Message);
        }
    }

    private static string Word(Catalog.Entities.ApiKeyRole role) => role.ToString().ToLowerInvariant();

    private static string Time(DateTimeOffset? time) =>
        time?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "-";
}
