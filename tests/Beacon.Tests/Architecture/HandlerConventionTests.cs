using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Tests.Architecture;

/// <summary>Every asynchronous page handler can be cancelled: a closed tab or a timed-out proxy stops its queries.</summary>
public sealed partial class HandlerConventionTests
{
    [Fact]
    public void PageHandlers_Async_TakeACancellationToken()
    {
        var lacking = AsyncHandlers(typeof(Program).Assembly)
            .Where(h => !h.GetParameters().Any(p => p.ParameterType == typeof(CancellationToken)))
            .Select(h => $"{h.DeclaringType!.FullName}.{h.Name}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(lacking.Count == 0, "Asynchronous handlers without a CancellationToken:\n" + string.Join("\n", lacking));
    }

    [Fact]
    public void PageHandlers_Found_CoverTheKnownPages()
    {
        var handlers = AsyncHandlers(typeof(Program).Assembly).Select(h => $"{h.DeclaringType!.FullName}.{h.Name}").ToList();

        // The test above is only as good as this search: a handler it misses is never checked.
        Assert.Contains("Beacon.Web.Features.Support.Flags.IndexModel.OnPostRunRulesAsync", handlers);
        Assert.Contains("Beacon.Web.Features.Account.SignInModel.OnPostAsync", handlers);
        Assert.True(handlers.Count > 150, $"Only {handlers.Count} asynchronous handlers found.");
    }

    [Fact]
    public void PageHandlers_PlantedHandlerWithoutToken_IsFound()
    {
        var planted = AsyncHandlers(typeof(HandlerConventionTests).Assembly)
            .Where(h => !h.GetParameters().Any(p => p.ParameterType == typeof(CancellationToken)))
            .Select(h => h.Name)
            .ToList();

        Assert.Equal(["OnPostSaveAsync"], planted);
    }

    /// <summary>Public instance On{Verb}[Name][Async] methods of page models that return a task, as Razor Pages selects them.</summary>
    private static IEnumerable<MethodInfo> AsyncHandlers(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => Handler().IsMatch(m.Name) && !m.IsSpecialName)
            .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType) || m.ReturnType == typeof(ValueTask)
                || (m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(ValueTask<>)));

    [GeneratedRegex("^On(Get|Post|Put|Delete|Patch|Head|Options)[A-Za-z0-9]*$")]
    private static partial Regex Handler();
}

/// <summary>A page model planted for the self-test: one handler lacks the token, one has it, one is synchronous.</summary>
public sealed class PlantedPageModel : PageModel
{
    public Task OnPostSaveAsync() => Task.CompletedTask;

    public Task OnGetAsync(CancellationToken cancellationToken) => Task.Delay(0, cancellationToken);

    public void OnPostCancel()
    {
    }
}
