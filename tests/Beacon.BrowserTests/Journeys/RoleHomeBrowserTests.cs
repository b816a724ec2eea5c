using Beacon.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Beacon.BrowserTests.Journeys;

/// <summary>
/// Every demo role's home at a laptop's 1366 px and a phone's 375 px: the working page (its heading and
/// its own sections), no sideways scroll, no serious axe violation; the navigation fits one line on the
/// laptop and, on the phone, folds into a "Menu" button that opens from the keyboard.
/// With BEACON_SCREENSHOTS=1 each home is also saved to docs/screenshots/{role}-{width}.png (see the README).
/// </summary>
public class RoleHomeBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string, string, int> Homes()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var width in new[] { 1366, 375 })
        {
            data.Add("teacher", "To do", width);
            data.Add("principal", "Alder Elementary School", width);
            data.Add("leader", "Improvement plan", width);
            data.Add("trustee", "The district plan", width);
            data.Add("hr", "Staffing alerts", width);
            data.Add("admin", "Recent imports", width);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Homes))]
    public async Task Home_EachRoleAtLaptopAndPhoneWidth_FitsReadsAndPassesAxe(string role, string section, int width)
    {
        var page = await browser.SignedInPageAsync($"{role}@riverside.example", new ViewportSize { Width = width, Height = 900 });
        var response = await page.GotoAsync("/");

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Riverside Unified School District");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 3, Name = section })).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            $"{role}'s home scrolls sideways at {width} px");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        var nav = page.Locator("nav.main-nav");
        if (width == 375)
        {
            await Assertions.Expect(nav).ToBeHiddenAsync();
            await OpenMenuWithKeyboardAsync(page);
            await Assertions.Expect(nav).ToBeVisibleAsync();
            await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Home", Exact = true })).ToBeVisibleAsync();
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
                $"{role}'s open menu scrolls sideways at {width} px");
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(nav).ToBeHiddenAsync();
        }
        else
        {
            await Assertions.Expect(MainNav.Menu(page)).ToBeHiddenAsync();
            await Assertions.Expect(nav).ToBeVisibleAsync();
            var tops = await page.EvaluateAsync<double[]>("() => Array.from(document.querySelectorAll('nav.main-nav > ul > li')).map(li => li.getBoundingClientRect().top)");
            Assert.True(tops.Distinct().Count() == 1, $"{role}'s navigation wraps at {width} px: item tops {string.Join(", ", tops)}");
            var header = await page.Locator(".site-header").BoundingBoxAsync();
            Assert.True(header!.Height < 80, $"{role}'s header is {header.Height} px high at {width} px");
        }

        if (Environment.GetEnvironmentVariable("BEACON_SCREENSHOTS") == "1")
        {
            await page.GotoAsync("/");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder(), $"{role}-{width}.png"), FullPage = true });
        }
    }

    /// <summary>Tabs from the top of the page to the menu button, as a keyboard user does, and opens it with Enter.</summary>
    private static async Task OpenMenuWithKeyboardAsync(IPage page)
    {
        await page.EvaluateAsync("() => document.activeElement?.blur()");
        for (var i = 0; i < 6; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("() => document.activeElement?.matches('details.nav-menu > summary') === true"))
            {
                await page.Keyboard.PressAsync("Enter");
                return;
            }
        }
        Assert.Fail("The menu button could not be reached with the Tab key");
    }

    private static string ScreenshotFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Beacon.slnx")))
        {
            folder = folder.Parent;
        }
        var path = Path.Combine(folder?.FullName ?? ".", "docs", "screenshots");
        Directory.CreateDirectory(path);
        return path;
    }
}
