using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Beacon.Web.Data;

/// <summary>
/// Writes many rows of one entity type in multi-row INSERTs of <see cref="RowsPerInsert"/> rows (on
/// SQLite one reused single-row INSERT),
/// inside the transaction the caller has open (or one of its own), with columns and conversions
/// from the EF model (each column's type mapping binds the value, applying its converter: enums as
/// text, SQLite's packed times) so rows land as EF would write them. For fan-outs (a survey's invitations and
/// mails to 80,000 staff) that change tracking would make take seconds. It bypasses interceptors:
/// the caller sets every value, the district included, and uses it only for entities that are not
/// audited row by row.
/// </summary>
public static class MultiRowInsert
{
    /// <summary>Rows per INSERT: with up to 14 parameters a row this stays far below SQLite's and PostgreSQL's limits.</summary>
    public const int RowsPerInsert = 500;

    public static async Task<int> InsertAsync<T>(BeaconDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken = default)
        where T : class
    {
        if (rows.Count == 0)
        {
            return 0;
        }
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var columns = entity.GetProperties().ToList();
            if (columns.FirstOrDefault(c => c.PropertyInfo is null) is { } shadow)
            {
                throw new InvalidOperationException($"{typeof(T).Name}.{shadow.Name} is a shadow property: set-based inserts need every value on the object.");
            }
            // Looked up once per column: a model lookup per value costs seconds over 100,000 values.
            var mappings = columns.Select(c => c.GetRelationalTypeMapping()).ToArray();
            var getters = columns.Select(c => c.PropertyInfo!).ToArray();
            var sql = db.GetService<ISqlGenerationHelper>();
            var connection = db.Database.GetDbConnection();
            var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) VALUES ";
            // Microsoft.Data.Sqlite finds each parameter by name in a list, so a statement's binding costs the
            // square of its parameters (a 500-row INSERT of mails: seconds); SQLite runs in-process, so one
            // row per execution of one reused statement is the fast way there.
            var perInsert = db.Database.IsSqlite() ? 1 : RowsPerInsert;
            DbCommand? command = null;
            try
            {
                foreach (var chunk in rows.Chunk(perInsert))
                {
                    var text = new StringBuilder(head);
                    for (var row = 0; row < chunk.Length; row++)
                    {
                        text.Append(row == 0 ? "(" : ", (");
                        for (var c = 0; c < columns.Count; c++)
                        {
                            text.Append(c == 0 ? "@p" : ", @p").Append((row * columns.Count + c).ToString(System.Globalization.CultureInfo.InvariantCulture));
                        }
                        text.Append(')');
                    }
                    var commandText = text.ToString();
                    if (command is null || command.CommandText != commandText)
                    {
                        if (command is not null)
                        {
                            await command.DisposeAsync();
                        }
                        command = connection.CreateCommand();
                        command.Transaction = transaction;
                        command.CommandText = commandText;
                    }
                    command.Parameters.Clear();
                    for (var row = 0; row < chunk.Length; row++)
                    {
                        for (var c = 0; c < columns.Count; c++)
                        {
                            var name = "@p" + (row * columns.Count + c).ToString(System.Globalization.CultureInfo.InvariantCulture);
                            command.Parameters.Add(mappings[c].CreateParameter(command, name, getters[c].GetValue(chunk[row]), columns[c].IsNullable));
                        }
                    }
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
            }
            finally
            {
                if (command is not null)
                {
                    await command.DisposeAsync();
                }
            }
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
            return rows.Count;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }
}
