using Microsoft.Playwright;

namespace Beacon.BrowserTests.Infrastructure;

/// <summary>
/// The main navigation as a person uses it: on a phone the "Menu" button opens it, and a link inside a
/// group ("Improve", "People") is reached by opening that group first.
/// </summary>
public static class MainNav
{
    public static ILocator Menu(IPage page) => page.Locator("details.nav-menu > summary");

    /// <summary>Opens what hides the link, then clicks it.</summary>
    public static async Task ClickAsync(IPage page, string link)
    {
        var menu = Menu(page);
        if (await menu.IsVisibleAsync() && await page.Locator("details.nav-menu[open]").CountAsync() == 0)
        {
            await menu.ClickAsync();
        }
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        var target = nav.GetByRole(AriaRole.Link, new() { Name = link, Exact = true });
        var group = page.Locator("nav.main-nav details.nav-group").Filter(new() { Has = page.Locator($"a:text-is(\"{link}\")") });
        if (await group.CountAsync() > 0 && await group.Locator("xpath=self::*[@open]").CountAsync() == 0)
        {
            await group.Locator(":scope > summary").ClickAsync();
        }
        await target.ClickAsync();
    }
}
