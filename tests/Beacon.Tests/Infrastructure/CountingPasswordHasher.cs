using Beacon.Web.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Beacon.Tests.Infrastructure;

/// <summary>The app with its password hasher wrapped so a test can count how often it ran.</summary>
public sealed class CountingHasherFactory : BeaconFactory
{
    public CountingPasswordHasher Hasher { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddScoped<IPasswordHasher<BeaconUser>>(sp =>
            Hasher.Around(new PasswordHasher<BeaconUser>(sp.GetService<IOptions<PasswordHasherOptions>>()))));
    }
}

public sealed class CountingPasswordHasher
{
    private int _runs;

    public int Runs => Volatile.Read(ref _runs);

    public IPasswordHasher<BeaconUser> Around(IPasswordHasher<BeaconUser> inner) => new Counted(inner, this);

    private sealed class Counted(IPasswordHasher<BeaconUser> inner, CountingPasswordHasher counter) : IPasswordHasher<BeaconUser>
    {
        public string HashPassword(BeaconUser user, string password)
        {
            Interlocked.Increment(ref counter._runs);
            return inner.HashPassword(user, password);
        }

        public PasswordVerificationResult VerifyHashedPassword(BeaconUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref counter._runs);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
