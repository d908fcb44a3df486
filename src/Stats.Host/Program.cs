using Stats.Host.Cli;

return await StatsCommandLine.RunAsync(args).ConfigureAwait(false);
