using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Stats.Hardening.Tests.Fuzz;

/// <summary>
/// The served app's warnings and errors (with their exception's type and message), kept so that a failing fuzz run can
/// print why the server answered as it did; nothing below Warning is kept, so thousands of requests cost nothing here.
/// </summary>
internal sealed class ServerLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyCollection<string> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel) && entries.Count < 10_000)
            {
                entries.Enqueue($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : $" — {exception.GetType().Name}: {exception.Message}")}");
            }
        }
    }
}
