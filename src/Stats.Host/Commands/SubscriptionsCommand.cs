using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Stats.Catalog;
using Stats.Catalog.Entities;
using Stats.Catalog.Subscriptions;
using Stats.Host.Cli;

namespace Stats.Host.Commands;

/// <summary>
/// `stats subscriptions add|list|remove`: the recipients of the monthly chart packs, kept in the catalog of the data folder.
/// The role decides which figures a recipient's pack shows: public (protected) or analyst (unprotected).
/// </summary>
internal static class SubscriptionsCommand
{
    private static readonly Option<string> Name = new("--name") { Description = "Who receives the pack (unique; `stats pack --recipient` uses it).", Required = true };
    private static readonly Option<string> Email = new("--email") { Description = "The recipient's e-mail address (the address only).", Required = true };

    private static readonly Option<string> Role = new("--role")
    {
        Description = "public (protected figures, disclosure control applied) or analyst (unprotected figures; only for people entitled to them).",
        Required = true,
    };

    private static readonly Option<string> Pack = new("--pack") { Description = "The pack to receive (its file name under dashboards/).", DefaultValueFactory = _ => "ministry" };
    private static readonly Option<string?> ListPack = new("--pack") { Description = "Only the subscriptions of this pack." };
    private static readonly Option<bool> All = new("--all") { Description = "Include inactive subscriptions." };

    public static Command Create()
    {
        var command = new Command("subscriptions", "Manage the recipients of the monthly chart packs (add, list, remove).");
        command.Subcommands.Add(CreateAdd());
        command.Subcommands.Add(CreateList());
        command.Subcommands.Add(CreateRemove());
        return command;
    }

    private static Command CreateAdd()
    {
        var command = new Command("add", "Subscribe a recipient to a pack with a role.") { Name, Email, Role, Pack };
        command.SetRun(async (parse, env, ct) =>
        {
            var role = Refusal(() => SubscriptionStore.ParseRole(parse.GetValue(Role)));
            await using var db = await CatalogDatabase.OpenAsync(env.Catalog, env.Warehouse.DataDirectory, ct).ConfigureAwait(false);
            var added = await Refusals(() => new SubscriptionStore(db, env.Time)
                .AddAsync(parse.GetValue(Name)!, parse.GetValue(Email)!, role, parse.GetValue(Pack)!, ct)).ConfigureAwait(false);
            await parse.InvocationConfiguration.Output.WriteLineAsync(
                $"Subscribed '{added.Name}' <{added.Email}> to pack '{added.PackId}' as {Word(added.Role)}.").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateList()
    {
        var command = new Command("list", "List the subscriptions: name, e-mail, role, pack, active, created.") { ListPack, All };
        command.SetRun(async (parse, env, ct) =>
        {
            await using var db = await CatalogDatabase.OpenAsync(env.Catalog, env.Warehouse.DataDirectory, ct).ConfigureAwait(false);
            var subscriptions = await new SubscriptionStore(db, env.Time).ListAsync(parse.GetValue(ListPack), parse.GetValue(All), ct).ConfigureAwait(false);
            var console = ConsoleFactory.For(parse);
            if (subscriptions.Count == 0)
            {
                console.WriteLine("No subscriptions: add one with `stats subscriptions add --name <name> --email <address> --role public`.");
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("name", "e-mail", "role", "pack", "active", "created");
            foreach (var s in subscriptions)
            {
                table.AddRow(
                    Markup.Escape(s.Name), Markup.Escape(s.Email), Word(s.Role), Markup.Escape(s.PackId), s.Active ? "yes" : "no",
                    s.CreatedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            }

            console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateRemove()
    {
        var command = new Command("remove", "Remove a subscription; its past deliveries stay recorded.") { Name };
        command.SetRun(async (parse, env, ct) =>
        {
            await using var db = await CatalogDatabase.OpenAsync(env.Catalog, env.Warehouse.DataDirectory, ct).ConfigureAwait(false);
            var removed = await Refusals(() => new SubscriptionStore(db, env.Time).RemoveAsync(parse.GetValue(Name)!, ct)).ConfigureAwait(false);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"Removed subscription '{removed.Name}' <{removed.Email}>.").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The catalog's refusals are the user's input errors: one line, no stack trace.</summary>
    private static T Refusal<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SubscriptionException e)
        {
            throw new CommandInputException(e.Message);
        }
    }

    private static async Task<T> Refusals<T>(Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (SubscriptionException e)
        {
            throw new CommandInputException(e.Message);
        }
    }

    private static string Word(SubscriptionRole role) => role.ToString().ToLowerInvariant();
}
