using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Stats.Hardening.Tests.Security;

/// <summary>
/// A logger provider that keeps everything a server logs, at every level: the formatted message, each structured value
/// (name and value, as a structured sink such as Seq or Elasticsearch would store them), the scopes and the exception with
/// its stack trace. The security tests scan all of it for keys, hashes and row values.
/// </summary>
internal sealed class LogRecorder : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    /// <summary>Every recorded line so far; one entry holds a message with its values, scopes and exception.</summary>
    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Recorder(LogRecorder owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var entry = new System.Text.StringBuilder();
            entry.Append(CultureInfo.InvariantCulture, $"{logLevel} {category}[{eventId.Id}] {formatter(state, exception)}");
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (name, value) in values)
                {
                    entry.Append(CultureInfo.InvariantCulture, $" |{name}={Text(value)}");
                }
            }

            owner._scopes.ForEachScope((scope, builder) => builder.Append(CultureInfo.InvariantCulture, $" |scope={Text(scope)}"), entry);
            if (exception is not null)
            {
                entry.Append(" |exception=").Append(exception);
            }

            owner._lines.Enqueue(entry.ToString());
        }

        private static string Text(object? value) => value switch
        {
            null => "",
            string s => s,
            IEnumerable<KeyValuePair<string, object?>> pairs => string.Join(",", pairs.Select(p => p.Key + ":" + Text(p.Value))),
            System.Collections.IEnumerable items => string.Join(",", items.Cast<object?>().Select(Text)),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
    }
}
