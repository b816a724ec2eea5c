using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;
using Beacon.Web.Imports;
using Microsoft.EntityFrameworkCore;
using static Beacon.Tests.Features.Imports.ImportTestData;

namespace Beacon.Tests.Features.Staffing;

/// <summary>
/// Acceptance 2 of issue 7: the equity report over data that came in through the import API, with
/// the figures worked out by hand (the same district as <see cref="EquityFixture"/>):
/// Q1 Low Poverty: the school file says 95% and 999 pupils, but the year's metrics say 10% and 400,
///   and the year's figures count. Teachers 1 + 1 + 0.5 FTE; the 1-year teacher is inexperienced
///   (1 / 2.5 = 40%), the 1-year and the half-time teacher are highly effective (1.5 / 2.5 = 60%);
///   400 / 2.5 = 160 pupils per teacher; one counsellor: 1 × 100 / 400 = 0.25 support staff per 100.
/// Q2 (30%, 500 pupils) and Q3 (60%, 500 pupils): one effective, certified 9-year teacher each:
///   every share 0%, 500 pupils per teacher, no support staff (0.00).
/// Q4 High Poverty (90%, 300 pupils): four teachers of 1 FTE. Inexperienced: 0 and 2 years = 50%;
///   ineffective: two = 50%; uncertified: one (provisional counts as certified) = 25%; highly
///   effective: one = 25%; out of field: one = 25%; 300 / 4 = 75 pupils per teacher; an aide at 0.5
///   and a coach at 1: 1.5 × 100 / 300 = 0.50 support staff per 100 pupils.
/// Gap Q4 − Q1: +10.0 inexperienced, +50.0 ineffective, +25.0 uncertified, +25.0 out of field,
///   −35.0 highly effective.
/// </summary>
[Trait("Category", "Database")]
public class EquityImportTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    public const string SchoolsCsv = """
        school_id,name,enrollment,poverty_percent
        Q1,Q1 Low Poverty,999,95
        Q2,Q2 School,500,30
        Q3,Q3 School,500,60
        Q4,Q4 High Poverty,300,90

        """;

    public const string MetricsCsv = """
        school_id,school_year,enrollment,poverty_percent
        Q1,2025-26,400,10
        Q4,2025-26,,90%

        """;

    public const string StaffCsv = """
        staff_id,given_name,family_name,role,years_experience,certification,effectiveness,school_ids,fte,subject,out_of_field
        T-1,Ana,One,Teacher,10,Certified,Effective,Q1,1,English,no
        T-2,Ben,Two,Teacher,1,Certified,Highly effective,Q1,1,Mathematics,no
        T-3,Cy,Three,Teacher,5,Certified,4,Q1,0.5,Science,no
        C-1,Dee,Four,Counselor,8,Certified,,Q1,1,,
        T-4,Eve,Five,Teacher,0,Uncertified,Ineffective,Q4,1,English,no
        T-5,Fay,Six,Teacher,2,Provisional,Effective,Q4,1,Physics,yes
        T-6,Gus,Seven,Teacher,12,Certified,Highly effective,Q4,1,Mathematics,no
        T-7,Hal,Eight,Teacher,4,Certified,1,Q4,1,History,no
        A-1,Ida,Nine,Aide,3,Unknown,,Q4,0.5,,
        K-1,Jo,Ten,Coach,15,Certified,Highly effective,Q4,1,,
        T-8,Kim,Eleven,Teacher,9,Certified,Effective,Q2,1,Art,no
        T-9,Lou,Twelve,Teacher,9,Certified,Effective,Q3,1,Music,no

        """;

    /// <summary>Imports the three files through the API as a district administrator; returns the imported year's id.</summary>
    public static async Task<Guid> ImportAsync(BeaconFactory factory, TestDistrict district)
    {
        using var admin = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictAdministrator));
        foreach (var (kind, csv) in new[] { ("schools", SchoolsCsv), ("metrics", MetricsCsv), ("staff", StaffCsv) })
        {
            var response = await PostAsync(admin, kind, Beacon.Tests.Features.Imports.ImportFiles.Utf8(csv), ImportUpload.CsvType);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{kind} import answered {(int)response.StatusCode}: {body}");
        }
        return await factory.InScopeAsync(district.Id, (_, db) => db.SchoolYears.Where(y => y.Name == "2025-26").Select(y => y.Id).SingleAsync());
    }

    [Fact]
    public async Task Equity_ImportedFixture_MatchesTheHandComputedFigures()
    {
        var district = await factory.CreateDistrictAsync();
        var year = await ImportAsync(factory, district);
        using var leader = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictLeader));

        var page = WebUtility.HtmlDecode(await leader.GetPageAsync($"/Staffing/Equity?year={year}"));

        Assert.Contains("data-testid=\"gap-inexperienced\">+10.0<", page);
        Assert.Contains("data-testid=\"gap-ineffective\">+50.0<", page);
        Assert.Contains("data-testid=\"gap-uncertified\">+25.0<", page);
        Assert.Contains("data-testid=\"gap-out-of-field\">+25.0<", page);
        Assert.Contains("data-testid=\"gap-highly-effective\">-35.0<", page);
        // Schools, poverty range, teacher FTE, inexperienced, ineffective, uncertified, out of field, highly effective, pupils per teacher, support per 100.
        Assert.Equal(["1", "10–10%", "2.5", "40.0%", "0.0%", "0.0%", "0.0%", "60.0%", "160.0", "0.25"], Cells(page, 1));
        Assert.Equal(["1", "30–30%", "1", "0.0%", "0.0%", "0.0%", "0.0%", "0.0%", "500.0", "0.00"], Cells(page, 2));
        Assert.Equal(["1", "60–60%", "1", "0.0%", "0.0%", "0.0%", "0.0%", "0.0%", "500.0", "0.00"], Cells(page, 3));
        Assert.Equal(["1", "90–90%", "4", "50.0%", "50.0%", "25.0%", "25.0%", "25.0%", "75.0", "0.50"], Cells(page, 4));
        Assert.DoesNotContain("Schools not ranked", page);
    }

    /// <summary>The data cells (td) of a quartile's row, in order.</summary>
    public static IReadOnlyList<string> Cells(string page, int quartile)
    {
        var start = page.IndexOf($"data-quartile=\"{quartile}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row for quartile {quartile}");
        var row = page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
        return System.Text.RegularExpressions.Regex.Matches(row, "<td[^>]*>([^<]*)</td>").Select(m => m.Groups[1].Value.Trim()).ToList();
    }
}
