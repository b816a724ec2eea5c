using System.Text;
using Beacon.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Beacon.BrowserTests.Journeys;

public class ImportJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ImportSchools_UploadPreviewConfirm_NewSchoolIsInTheSchoolsList()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var name = $"Zephyr Lake Elementary {suffix}";
        var csv = $"school_id,name,grade_band,enrollment,poverty_percent\nZL-{suffix},{name},Elementary,345,38.5\n";
        var page = await browser.SignedInPageAsync("admin@riverside.example");

        await page.GotoAsync("/Imports");
        await page.GetByLabel("What the file holds").SelectOptionAsync(new SelectOptionValue { Label = "Schools" });
        await page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(new FilePayload
        {
            Name = "new-schools.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(csv),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Import of new-schools.csv");
        await Assertions.Expect(page.GetByText("Every row is good")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("created")).ToHaveTextAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm and import" }).ClickAsync();
        await Assertions.Expect(page.GetByText("1 created, 0 updated, 0 unchanged")).ToBeVisibleAsync();

        // Depends on the Schools list page (/Schools with its q search), built alongside the imports.
        await page.GotoAsync($"/Schools?q={Uri.EscapeDataString(name)}");
        await Assertions.Expect(page.GetByText(name).First).ToBeVisibleAsync();
    }
}
