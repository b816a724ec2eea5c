using Beacon.Web.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Beacon.Web.Data;

/// <summary>The SQLite flavour of the context; its migrations live in Data/Migrations/Sqlite.</summary>
public sealed class SqliteBeaconDbContext(DbContextOptions<SqliteBeaconDbContext> options, CurrentDistrict currentDistrict)
    : BeaconDbContext(options, currentDistrict)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no date-time type: stored as text, times cannot be ordered or compared in SQL.
        // As an integer (UTC ticks with the offset packed in) they sort and compare correctly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

/// <summary>The PostgreSQL flavour of the context; its migrations live in Data/Migrations/Postgres.</summary>
public sealed class PostgresBeaconDbContext(DbContextOptions<PostgresBeaconDbContext> options, CurrentDistrict currentDistrict)
    : BeaconDbContext(options, currentDistrict);
