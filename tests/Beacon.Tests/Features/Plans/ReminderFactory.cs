using Beacon.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Features.Plans;

/// <summary>The app with a clock the test moves forward, so the reminder cascade's days pass on demand.</summary>
public sealed class ReminderFactory : BeaconFactory
{
    public SettableClock Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 6, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public sealed class SettableClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
