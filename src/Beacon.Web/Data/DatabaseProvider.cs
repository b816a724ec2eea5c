namespace Beacon.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DatabaseProviderConfiguration
{
    extension(DatabaseProvider)
    {
        public static DatabaseProvider From(IConfiguration configuration) =>
            configuration["Database:Provider"] switch
            {
                null or "" => DatabaseProvider.Sqlite,
                var name when name.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) => DatabaseProvider.Sqlite,
                var name when name.Equals("Postgres", StringComparison.OrdinalIgnoreCase)
                              || name.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase) => DatabaseProvider.Postgres,
                var name => throw new InvalidOperationException(
                    $"Database:Provider '{name}' is not known. Use Sqlite (the default) or Postgres."),
            };
    }
}
