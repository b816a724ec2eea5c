using System.Data.Common;
using System.Text;
using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Beacon.Web.Mail;

/// <summary>
/// Where every mail Beacon sends is put. Nothing is sent here: the mail is written with the change
/// that causes it, and <see cref="OutboxSender"/> sends it from a job, retrying while the mail
/// server is away.
/// </summary>
public interface IMailOutbox
{
    /// <summary>Adds the mail to the context: it is written by the caller's next SaveChanges, with the change.</summary>
    void Enqueue(OutgoingMail mail);

    /// <summary>
    /// Writes many mails at once (a survey to 80,000 staff), in batched multi-row INSERTs inside the
    /// transaction the caller has open, so they commit or roll back with the change. Without an open
    /// transaction it opens and commits one of its own.
    /// </summary>
    Task<int> EnqueueManyAsync(IEnumerable<OutgoingMail> mails, CancellationToken cancellationToken = default);
}

public sealed class MailOutbox(BeaconDbContext db, TimeProvider clock) : IMailOutbox
{
    /// <summary>Rows per INSERT: 12 parameters each stays far below SQLite's and PostgreSQL's parameter limits.</summary>
    private const int RowsPerInsert = 500;

    public void Enqueue(OutgoingMail mail) => db.Add(New(mail, clock.GetUtcNow()));

    public async Task<int> EnqueueManyAsync(IEnumerable<OutgoingMail> mails, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var rows = mails.Select(m => New(m, now)).ToList();
        if (rows.Count == 0)
        {
            return 0;
        }
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var entity = db.Model.FindEntityType(typeof(OutboxMail))!;
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var columns = entity.GetProperties().ToList();
            var sql = db.GetService<ISqlGenerationHelper>();
            var connection = db.Database.GetDbConnection();
            var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) VALUES ";
            foreach (var chunk in rows.Chunk(RowsPerInsert))
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                var text = new StringBuilder(head);
                var n = 0;
                for (var row = 0; row < chunk.Length; row++)
                {
                    text.Append(row == 0 ? "(" : ", (");
                    for (var c = 0; c < columns.Count; c++)
                    {
                        var name = $"@p{n++}";
                        text.Append(c == 0 ? name : ", " + name);
                        command.Parameters.Add(Parameter(command, columns[c], name, columns[c].PropertyInfo!.GetValue(chunk[row])));
                    }
                    text.Append(')');
                }
                command.CommandText = text.ToString();
                await command.ExecuteNonQueryAsync(cancellationToken);
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

    /// <summary>A parameter as EF would bind it: the column's type mapping applies its converter (enums as text, SQLite's packed times).</summary>
    private static DbParameter Parameter(DbCommand command, IProperty property, string name, object? value) =>
        property.GetRelationalTypeMapping().CreateParameter(command, name, value, property.IsNullable);

    private static OutboxMail New(OutgoingMail mail, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        DistrictId = mail.DistrictId,
        ToAddress = mail.ToAddress,
        ToName = Fit(mail.ToName),
        Subject = Fit(mail.Subject),
        HtmlBody = mail.HtmlBody,
        Status = OutboxStatus.Queued,
        QueuedAt = now,
        NextAttemptAt = now,
    };

    private static string Fit(string text) => Limits.Fit(text, Limits.ShortText);
}
