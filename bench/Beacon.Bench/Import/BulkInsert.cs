using System.Data.Common;
using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Beacon.Bench.Import;

/// <summary>
/// The plainest fast way to put rows into a table, as the reference the importer is measured
/// against: PostgreSQL's binary COPY, or on SQLite one prepared INSERT reused for every row, in
/// one transaction. Tables, columns and value conversions come from the EF model, so the rows land
/// exactly as EF would write them (no validation, no change tracking, no audit entries).
/// </summary>
public static class BulkInsert
{
    public static async Task InsertAsync<T>(BeaconDbContext db, DbTransaction transaction, IReadOnlyList<T> rows, CancellationToken cancellationToken = default)
        where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Select(p => new Column(p, p.GetColumnName(table)!, p.GetRelationalTypeMapping()))
            .ToList();
        var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        var connection = transaction.Connection!;
        if (connection is NpgsqlConnection npgsql)
        {
            await using var writer = await npgsql.BeginBinaryImportAsync($"COPY \"{table.Name}\" ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            foreach (var row in rows)
            {
                await writer.StartRowAsync(cancellationToken);
                foreach (var column in columns)
                {
                    var value = column.Value(row);
                    if (value is null)
                    {
                        await writer.WriteNullAsync(cancellationToken);
                    }
                    else
                    {
                        await writer.WriteAsync(value, column.Mapping.StoreTypeNameBase, cancellationToken);
                    }
                }
            }
            await writer.CompleteAsync(cancellationToken);
            return;
        }
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({names}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var parameters = columns.Select((c, i) => c.Mapping.CreateParameter(command, $"@p{i}", null, c.Property.IsNullable)).ToArray();
        command.Parameters.AddRange(parameters);
        await command.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                parameters[i].Value = columns[i].Value(row) ?? DBNull.Value;
            }
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private sealed record Column(IProperty Property, string Name, RelationalTypeMapping Mapping)
    {
        /// <summary>The value as the database stores it (an enum as its number).</summary>
        public object? Value(object row)
        {
            var value = Property.PropertyInfo!.GetValue(row);
            return value is null || Mapping.Converter is null ? value : Mapping.Converter.ConvertToProvider(value);
        }
    }
}
