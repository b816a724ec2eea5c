using System.Collections.Concurrent;
using System.Data.Common;
using Beacon.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Infrastructure;

/// <summary>The app with a command counter: every database command is recorded against the path of the request that issued it.</summary>
public sealed class CommandCountingFactory : BeaconFactory
{
    public CommandCounter Counter { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(Counter);
            services.ConfigureDbContext<SqliteBeaconDbContext>((sp, options) => options.AddInterceptors(Counter.With(sp.GetRequiredService<IHttpContextAccessor>())));
            services.ConfigureDbContext<PostgresBeaconDbContext>((sp, options) => options.AddInterceptors(Counter.With(sp.GetRequiredService<IHttpContextAccessor>())));
        });
    }
}

public sealed class CommandCounter : DbCommandInterceptor
{
    private readonly ConcurrentQueue<(string Request, string Sql)> _commands = new();
    private IHttpContextAccessor? _http;

    public CommandCounter With(IHttpContextAccessor http)
    {
        _http = http;
        return this;
    }

    /// <summary>The SQL of the commands issued while serving requests with this exact path and query.</summary>
    public IReadOnlyList<string> For(string pathAndQuery) => _commands.Where(c => c.Request == pathAndQuery).Select(c => c.Sql).ToList();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        // The per-request session check (SessionStamp) is the same for every page, not part of any page's query shape.
        // The layout's branding (Ui/Branding) is cached and the same for every page too.
        if (_http?.HttpContext?.Request is { } request
            && !command.CommandText.Contains(Beacon.Web.Identity.SessionStamp.QueryTag, StringComparison.Ordinal)
            && !command.CommandText.Contains(Beacon.Web.Ui.Branding.QueryTag, StringComparison.Ordinal))
        {
            _commands.Enqueue((request.Path + request.QueryString, command.CommandText));
        }
    }
}
