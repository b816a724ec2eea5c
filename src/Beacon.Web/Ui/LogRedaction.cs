using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Beacon.Web.Ui;

/// <summary>
/// Keeps one-time codes out of every log line, whatever its category or level: a survey link's code
/// (and a sign-in provider's authorization code) arrives in the query string, which the host logs
/// with each request. The code is a bearer secret, and with the invitations table it names the
/// person who opened the link. The logger factory itself is wrapped, so every provider gets the
/// redacted line.
/// </summary>
public static partial class LogRedaction
{
    public static ILoggingBuilder AddCodeRedaction(this ILoggingBuilder logging)
    {
        logging.Services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(sp => new RedactingLoggerFactory(new LoggerFactory(
            sp.GetServices<ILoggerProvider>(),
            sp.GetRequiredService<IOptionsMonitor<LoggerFilterOptions>>(),
            sp.GetService<IOptions<LoggerFactoryOptions>>(),
            sp.GetService<IExternalScopeProvider>()))));
        return logging;
    }

    public static string Redact(string text) => CodePattern().Replace(text, "code=(redacted)");

    [GeneratedRegex("code=[^&\\s\"]+", RegexOptions.IgnoreCase)]
    private static partial Regex CodePattern();

    private sealed class RedactingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
    {
        public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName));

        public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

        public void Dispose() => inner.Dispose();
    }

    private sealed class RedactingLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel))
            {
                return;
            }
            var message = formatter(state, exception);
            if (!message.Contains("code=", StringComparison.OrdinalIgnoreCase))
            {
                inner.Log(logLevel, eventId, state, exception, formatter);
                return;
            }
            IReadOnlyList<KeyValuePair<string, object?>> values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value is string text ? Redact(text) : p.Value)).ToList()
                : [];
            var redacted = new Redacted(Redact(message), values);
            inner.Log(logLevel, eventId, redacted, exception, static (r, _) => r.Message);
        }
    }

    private sealed record Redacted(string Message, IReadOnlyList<KeyValuePair<string, object?>> Values) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public KeyValuePair<string, object?> this[int index] => Values[index];

        public int Count => Values.Count;

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => Values.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => Message;
    }
}
