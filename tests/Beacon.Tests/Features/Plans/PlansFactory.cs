using Beacon.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Features.Plans;

/// <summary>The app with "today" fixed at 15 February 2026 (school year 2025-26, third quarter), so overdue actions are predictable.</summary>
public sealed class PlansFactory : BeaconFactory
{
    public static readonly DateOnly Today = new(2026, 2, 15);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2026, 2, 15, 12, 0, 0, TimeSpan.Zero))));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
