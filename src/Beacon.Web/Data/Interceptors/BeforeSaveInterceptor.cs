using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Beacon.Web.Data.Interceptors;

/// <summary>
/// An interceptor that adds to or checks a save's changes before they are sent, the same way for
/// synchronous and asynchronous saves, so each interceptor writes only what it does.
/// </summary>
public abstract class BeforeSaveInterceptor : SaveChangesInterceptor
{
    public sealed override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            BeforeSave(context);
        }
        return result;
    }

    public sealed override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            BeforeSave(context);
        }
        return ValueTask.FromResult(result);
    }

    /// <summary>Runs before the save sends its changes; throwing refuses the save.</summary>
    protected abstract void BeforeSave(DbContext context);
}
