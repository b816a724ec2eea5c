using System.Net;
using Beacon.Web.Data;
using Beacon.Web.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Infrastructure;

/// <summary>
/// The real Beacon app over a real database of its own: a temporary SQLite file, or, when
/// BEACON_TEST_PROVIDER=Postgres, a fresh database in the PostgreSQL that test.sh started
/// (BEACON_TEST_PG holds its connection string). Tests isolate themselves further by each
/// creating their own districts, which is what tenancy is for.
/// </summary>
public class BeaconFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("beacon-test-").FullName;
    private readonly Lazy<string> _connectionString;

    public BeaconFactory()
    {
        _connectionString = new Lazy<string>(CreateDatabase);
    }

    /// <summary>Another node on the database of an existing factory (<paramref name="connectionString"/>).</summary>
    protected BeaconFactory(string connectionString)
    {
        _connectionString = new Lazy<string>(connectionString);
        _sharedDatabase = true;
    }

    private readonly bool _sharedDatabase;

    public static DatabaseProvider Provider =>
        string.Equals(Environment.GetEnvironmentVariable("BEACON_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;

    public string MailFolder => Path.Combine(_folder, "mail");

    public string ConnectionString => _connectionString.Value;

    /// <summary>Extra settings a test class needs, applied over the defaults below.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment.GetEnvironmentVariable("BEACON_TEST_ENVIRONMENT") ?? "Test");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Beacon", _connectionString.Value);
        builder.UseSetting("Beacon:SeedDemo", "false");
        builder.UseSetting("Beacon:DataFolder", _folder);
        builder.UseSetting("Mail:PickupFolder", MailFolder);
        // Survey links are made by a job, outside any request: from here, as the test server's requests address it.
        builder.UseSetting("Beacon:PublicUrl", "http://localhost");
        // Every test client comes from one address: the per-address limits would throttle the suite itself.
        // ThrottleTests keeps them; the per-account limits stay as shipped everywhere.
        foreach (var limit in new[] { "SignInPerAddress", "TwoFactorPerAddress", "ForgotPasswordPerAddress", "InvitationsPerAddress", "RemindersPerAddress", "CertificateChecksPerAddress" })
        {
            builder.UseSetting($"Beacon:Throttle:{limit}:Permits", "1000000");
        }
        // Most tests are not about two-step sign-in; TwoFactorPolicyTests turns the requirement on.
        builder.UseSetting("Beacon:TwoFactor:RequiredForSystemAdministrators", "false");
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ClientAddressFilter>());
        // No job runner: tests send the outbox when they read mail (Mailbox), or start one themselves.
        builder.UseSetting("Beacon:Jobs:Enabled", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Runs <paramref name="work"/> in a service scope acting for <paramref name="districtId"/> (or none).</summary>
    public async Task<T> InScopeAsync<T>(Guid? districtId, Func<IServiceProvider, BeaconDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var current = scope.ServiceProvider.GetRequiredService<CurrentDistrict>();
        using var _ = districtId is { } id ? current.Use(id) : null;
        var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
        return await work(scope.ServiceProvider, db);
    }

    public Task InScopeAsync(Guid? districtId, Func<IServiceProvider, BeaconDbContext, Task> work) =>
        InScopeAsync<bool>(districtId, async (sp, db) =>
        {
            await work(sp, db);
            return true;
        });

    private string CreateDatabase() => TestDatabase.Create(_folder);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Provider == DatabaseProvider.Postgres && _connectionString.IsValueCreated && !_sharedDatabase)
        {
            // Idle pooled connections to a finished fixture's database would otherwise stay open
            // for minutes and crowd the shared server's connection limit.
            await using var connection = new Npgsql.NpgsqlConnection(_connectionString.Value);
            Npgsql.NpgsqlConnection.ClearPool(connection);
        }
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by SQLite's pool; the temp folder is cleaned by the OS.
        }
        GC.SuppressFinalize(this);
    }
}

/// <summary>
/// Lets a test speak from a client address of its choice (header <see cref="Header"/>), as people at
/// different schools do; without it every request comes from the test server's single address.
/// </summary>
public sealed class ClientAddressFilter : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }
            await nextMiddleware(context);
        });
        next(app);
    };
}
