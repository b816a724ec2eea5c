using Beacon.Tests.Infrastructure;
using Beacon.Web.Data;
using Beacon.Web.Features.Communities;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Beacon.Tests.Data;

/// <summary>
/// The filter around real handlers' work on the real database: a handler writes (and saves) a
/// record, then ends one way or another; only a success may leave the record behind.
/// </summary>
[Trait("Category", "Database")]
public class TransactionPageFilterTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public void Pages_Registered_EveryHandlerRunsThroughTheFilter() =>
        Assert.Single(factory.Services.GetRequiredService<IOptions<MvcOptions>>().Value.Filters.OfType<TransactionPageFilter>());

    [Fact]
    public async Task Post_FormShownAgainWithErrors_LeavesNothingWritten()
    {
        var (district, name) = await RunAsync("POST", page =>
        {
            page.ModelState.AddModelError("Name", "Choose another name.");
            return new PageResult();
        });
        Assert.False(await ExistsAsync(district, name));
    }

    [Fact]
    public async Task Post_HandlerThrows_LeavesNothingWritten()
    {
        var (district, name) = await RunAsync("POST", _ => throw new InvalidOperationException("the handler failed after saving"));
        Assert.False(await ExistsAsync(district, name));
    }

    [Fact]
    public async Task Post_NotFound_LeavesNothingWritten()
    {
        var (district, name) = await RunAsync("POST", _ => new NotFoundResult());
        Assert.False(await ExistsAsync(district, name));
    }

    [Fact]
    public async Task Post_Redirect_KeepsTheWrite()
    {
        var (district, name) = await RunAsync("POST", _ => new RedirectToPageResult("Index"));
        Assert.True(await ExistsAsync(district, name));
    }

    [Fact]
    public async Task Post_ServiceUndoesItsOwnWorkInside_KeepsTheHandlersWrite()
    {
        var district = await factory.CreateDistrictAsync();
        var (kept, undone) = ($"Kept {Guid.NewGuid():N}", $"Undone {Guid.NewGuid():N}");
        await factory.InScopeAsync(district.Id, async (sp, db) =>
        {
            var page = Page(sp, "POST");
            await new TransactionPageFilter().OnPageHandlerExecutionAsync(page.Executing, async () =>
            {
                db.AgendaTemplates.Add(new AgendaTemplate { Name = kept });
                await db.SaveChangesAsync();
                await db.InTransactionAsync(async token =>
                {
                    db.AgendaTemplates.Add(new AgendaTemplate { Name = undone });
                    await db.SaveChangesAsync(token);
                    return (false, 0);
                }, CancellationToken.None);
                return page.Executed(new RedirectToPageResult("Index"));
            });
        });
        Assert.True(await ExistsAsync(district, kept));
        Assert.False(await ExistsAsync(district, undone));
    }

    private async Task<(TestDistrict District, string Name)> RunAsync(string method, Func<PageHandlerExecutingContext, IActionResult> end)
    {
        var district = await factory.CreateDistrictAsync();
        var name = $"Template {Guid.NewGuid():N}";
        await factory.InScopeAsync(district.Id, async (sp, db) =>
        {
            var page = Page(sp, method);
            await new TransactionPageFilter().OnPageHandlerExecutionAsync(page.Executing, async () =>
            {
                db.AgendaTemplates.Add(new AgendaTemplate { Name = name });
                await db.SaveChangesAsync();
                try
                {
                    return page.Executed(end(page.Executing));
                }
                catch (InvalidOperationException exception)
                {
                    // As MVC does: the handler's exception travels in the context, and is thrown again after the filters.
                    var failed = page.Executed(null);
                    failed.Exception = exception;
                    return failed;
                }
            });
        });
        return (district, name);
    }

    private Task<bool> ExistsAsync(TestDistrict district, string name) =>
        factory.InScopeAsync(district.Id, (_, db) => db.AgendaTemplates.AnyAsync(t => t.Name == name));

    private static (PageHandlerExecutingContext Executing, Func<IActionResult?, PageHandlerExecutedContext> Executed) Page(IServiceProvider services, string method)
    {
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.Method = method;
        var context = new PageContext(new ActionContext(http, new RouteData(), new CompiledPageActionDescriptor()));
        var handler = new object();
        var executing = new PageHandlerExecutingContext(context, [], null, new Dictionary<string, object?>(), handler);
        return (executing, result => new PageHandlerExecutedContext(context, [], null, handler) { Result = result });
    }
}
