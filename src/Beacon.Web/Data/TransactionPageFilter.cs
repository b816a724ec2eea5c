using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Data;

/// <summary>
/// Runs every page handler that may write (any method but GET and HEAD) in one database transaction,
/// through the provider's execution strategy. It commits when the handler succeeds and rolls back when
/// it throws, answers with an error status (404, 403, 400 …) or shows its page again with field errors,
/// so a failed post leaves nothing behind. Handlers still call SaveChanges (it writes inside this
/// transaction); services that need a transaction of their own join this one (see <see cref="Transactions"/>).
/// A page the filter cannot serve is marked <see cref="OwnTransactionAttribute"/>, with the reason.
/// </summary>
public sealed class TransactionPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var method = context.HttpContext.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || OwnsTransaction(context))
        {
            await next();
            return;
        }
        var db = context.HttpContext.RequestServices.GetRequiredService<BeaconDbContext>();
        if (db.Database.CurrentTransaction is not null)
        {
            await next();
            return;
        }
        var ran = false;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async cancellationToken =>
        {
            // A handler cannot run twice in one request: a retrying strategy must not replay it.
            if (ran)
            {
                throw new InvalidOperationException("A page handler's transaction failed after the handler ran; it is not run again.");
            }
            ran = true;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var executed = await next();
            // Once the handler has run, its outcome is settled: commit or roll back even if the client has gone.
            if (Succeeded(executed))
            {
                await transaction.CommitAsync(CancellationToken.None);
            }
            else
            {
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
            }
        }, context.HttpContext.RequestAborted);
    }

    /// <summary>Whether the handler's work should be kept: it finished, and its answer is neither an error nor its own form with errors.</summary>
    public static bool Succeeded(PageHandlerExecutedContext executed) => executed.Exception is null && executed.Result switch
    {
        PageResult => executed.ModelState.IsValid,
        IStatusCodeActionResult { StatusCode: >= 400 } => false,
        ForbidResult or ChallengeResult => false,
        _ => true,
    };

    private static bool OwnsTransaction(PageHandlerExecutingContext context) =>
        context.HandlerMethod?.MethodInfo.IsDefined(typeof(OwnTransactionAttribute), inherit: true) == true
        || context.HandlerInstance.GetType().IsDefined(typeof(OwnTransactionAttribute), inherit: true);
}

/// <summary>
/// Keeps the <see cref="TransactionPageFilter"/> away from a page or handler that must manage its
/// transactions itself; <see cref="Why"/> says why, for the reader.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true)]
public sealed class OwnTransactionAttribute(string why) : Attribute
{
    public string Why { get; } = why;
}
