using System.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Data;

/// <summary>
/// The one way Beacon's services open a transaction: through the provider's execution strategy,
/// or, when one is open already (a page handler's, see <see cref="TransactionPageFilter"/>), inside
/// it under a savepoint, so the service's work can still be undone on its own while the page's
/// transaction decides about the rest.
/// </summary>
public static class Transactions
{
    /// <summary>Runs <paramref name="work"/> in a transaction: kept when it returns <c>Keep: true</c>, undone when it returns false or throws.</summary>
    /// <param name="isolation">
    /// An isolation level other than the provider's default needs a transaction of its own: inside
    /// an open one this throws, and the page calling it needs <see cref="OwnTransactionAttribute"/>.
    /// </param>
    public static Task<T> InTransactionAsync<T>(this BeaconDbContext db, Func<CancellationToken, Task<(bool Keep, T Result)>> work,
        CancellationToken cancellationToken, IsolationLevel? isolation = null) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            if (db.Database.CurrentTransaction is { } open)
            {
                if (isolation is not null)
                {
                    throw new InvalidOperationException(
                        $"This work needs its own {isolation} transaction but runs inside another; mark the page [OwnTransaction].");
                }
                var savepoint = "beacon_" + Guid.NewGuid().ToString("N");
                await open.CreateSavepointAsync(savepoint, token);
                try
                {
                    var (keep, result) = await work(token);
                    if (keep)
                    {
                        await open.ReleaseSavepointAsync(savepoint, token);
                    }
                    else
                    {
                        await open.RollbackToSavepointAsync(savepoint, token);
                    }
                    return result;
                }
                catch
                {
                    await open.RollbackToSavepointAsync(savepoint, CancellationToken.None);
                    throw;
                }
            }
            await using var transaction = isolation is { } level
                ? await db.Database.BeginTransactionAsync(level, token)
                : await db.Database.BeginTransactionAsync(token);
            var (kept, outcome) = await work(token);
            if (kept)
            {
                await transaction.CommitAsync(token);
            }
            else
            {
                await transaction.RollbackAsync(token);
            }
            return outcome;
        }, cancellationToken);
}
