// Adds an EF Core migration for both database providers, since the dotnet-ef tool is not
// available from the package mirror. Usage (from the repository root):
//   dotnet run --project tools/Beacon.MigrationTool -- add <MigrationName>
#pragma warning disable EF1001 // the provider design-time services live in "Internal" namespaces
using Beacon.Web.Data;
using Beacon.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.EntityFrameworkCore.Sqlite.Design.Internal;
using Microsoft.Extensions.DependencyInjection;
using Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal;

if (args is not ["add", var name])
{
    Console.Error.WriteLine("usage: dotnet run --project tools/Beacon.MigrationTool -- add <MigrationName>");
    return 2;
}

var root = FindRepositoryRoot();
var project = Path.Combine(root, "src", "Beacon.Web");
var tenant = new CurrentDistrict(new HttpContextAccessor());

using (var sqlite = new SqliteBeaconDbContext(
           new DbContextOptionsBuilder<SqliteBeaconDbContext>().UseSqlite("Data Source=:memory:").Options, tenant))
{
    Scaffold(sqlite, new SqliteDesignTimeServices(), "Sqlite");
}
using (var postgres = new PostgresBeaconDbContext(
           new DbContextOptionsBuilder<PostgresBeaconDbContext>().UseNpgsql("Host=localhost").Options, tenant))
{
    Scaffold(postgres, new NpgsqlDesignTimeServices(), "Postgres");
}
return 0;

void Scaffold(DbContext context, IDesignTimeServices providerServices, string folder)
{
    var services = new ServiceCollection();
    services.AddEntityFrameworkDesignTimeServices();
    services.AddDbContextDesignTimeServices(context);
    providerServices.ConfigureDesignTimeServices(services);
    using var provider = services.BuildServiceProvider();
    var scaffolder = provider.GetRequiredService<IMigrationsScaffolder>();
    var migration = scaffolder.ScaffoldMigration(name, "Beacon.Web", $"Data.Migrations.{folder}", "C#");
    var files = scaffolder.Save(project, migration, Path.Combine(project, "Data", "Migrations", folder));
    Console.WriteLine($"{folder}: {files.MigrationFile}");
}

static string FindRepositoryRoot()
{
    var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Beacon.slnx")))
    {
        dir = dir.Parent;
    }
    return dir?.FullName ?? throw new InvalidOperationException("Run this from inside the Beacon repository.");
}
