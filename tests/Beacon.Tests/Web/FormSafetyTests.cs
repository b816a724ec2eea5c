using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Reflection;
using Beacon.Tests.Features.Imports;
using Beacon.Tests.Features.Plans;
using Beacon.Tests.Features.Staffing;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;
using Beacon.Web.Imports;
using Beacon.Web.Ui;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Beacon.Tests.Web;

[Trait("Category", "Database")]
public class FormSafetyTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private const string Bidi = "\u202E";
    private const string Bell = "\u0007";

    private async Task<(TestDistrict District, Guid Plan, BrowserlessClient Client)> LeaderWithPlanAsync()
    {
        var district = await factory.CreateDistrictAsync();
        var plan = await PlanData.DistrictPlanAsync(factory, district, "Reading");
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        return (district, plan, await BrowserlessClient.SignedInAsync(factory, leader));
    }

    private static async Task<string> PageAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

    [Fact]
    public async Task ActionBudget_ElevenNines_FieldMessageNothingSaved()
    {
        var (district, plan, client) = await LeaderWithPlanAsync();
        using var _ = client;

        var response = await client.PostFormAsync($"/Plans/Actions/New/{plan}",
            new Dictionary<string, string> { ["Form.Title"] = "Tutoring", ["Form.Status"] = "NotStarted", ["Form.Budget"] = "99999999999" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter a budget between 0 and 1,000,000,000, or leave it empty.", await PageAsync(response));
        Assert.Equal(0, await factory.InScopeAsync(district.Id, (_, db) => db.PlanActions.CountAsync()));
    }

    [Theory]
    [InlineData("Form.CostPerPosition", "2147483648", "Enter a yearly cost between 0 and 10,000,000.")]
    [InlineData("Form.TotalPositions", "2147483648", "Allocate between 0.5 and 10,000 positions.")]
    [InlineData("Form.DefaultMaximum", "1e300", "Enter a maximum between 0.5 and 100.")]
    [InlineData("Form.Step", "99999999999999999999999999999999", "The value '99999999999999999999999999999999' is not valid")]
    public async Task AllocationNumber_OverRange_FieldMessageNotAServerError(string field, string value, string message)
    {
        var district = await factory.CreateDistrictAsync();
        var year = await EquityFixture.CreateAsync(factory, district);
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictLeader));
        var fields = new Dictionary<string, string>
        {
            ["Form.Name"] = "Coaches",
            ["Form.PositionKind"] = "Instructional coach",
            ["Form.SchoolYearId"] = year.ToString(),
            ["Form.TotalPositions"] = "5",
            ["Form.Step"] = "1",
            ["Form.CostPerPosition"] = "80000",
            ["Form.DefaultMinimum"] = "0",
            ["Form.DefaultMaximum"] = "3",
        };
        fields[field] = value;

        var response = await client.PostFormAsync("/Staffing/Allocations/New", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await PageAsync(response));
        Assert.Equal(0, await factory.InScopeAsync(district.Id, (_, db) => db.AllocationScenarios.CountAsync()));
    }

    /// <summary>
    /// Every range-checked number of every form, given the largest value its type holds, is out of
    /// range with the field's message: the check never throws (RangeAttribute converts to its bounds' type).
    /// </summary>
    [Fact]
    public void EveryRangeCheckedField_LargestValueOfItsType_InvalidWithoutThrowing()
    {
        var options = factory.Services.GetRequiredService<IOptions<MvcOptions>>().Value;
        var metadataProvider = factory.Services.GetRequiredService<IModelMetadataProvider>();
        var validators = new CompositeModelValidatorProvider(options.ModelValidatorProviders);
        var action = new ActionContext(new DefaultHttpContext { RequestServices = factory.Services }, new RouteData(), new ActionDescriptor());
        var fields = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.GetCustomAttribute<RangeAttribute>() is not null)
            .ToList();
        Assert.True(fields.Count >= 30, $"Only {fields.Count} range-checked fields found");

        var failures = new List<string>();
        foreach (var field in fields)
        {
            var metadata = metadataProvider.GetMetadataForProperty(field.DeclaringType!, field.Name);
            var context = new ModelValidatorProviderContext(metadata, metadata.ValidatorMetadata.Select(m => new ValidatorItem(m)).ToList());
            validators.CreateValidators(context);
            var largest = Largest(Nullable.GetUnderlyingType(field.PropertyType) ?? field.PropertyType);
            try
            {
                var results = context.Results.Where(r => r.Validator is not null)
                    .SelectMany(r => r.Validator!.Validate(new ModelValidationContext(action, metadata, metadataProvider, null, largest)))
                    .ToList();
                if (results.Count == 0)
                {
                    failures.Add($"{field.DeclaringType!.Name}.{field.Name} accepted {largest}");
                }
            }
            catch (Exception e)
            {
                failures.Add($"{field.DeclaringType!.Name}.{field.Name} threw {e.GetType().Name}");
            }
        }
        Assert.Empty(failures);
    }

    private static object Largest(Type type) => type switch
    {
        _ when type == typeof(int) => int.MaxValue,
        _ when type == typeof(long) => long.MaxValue,
        _ when type == typeof(decimal) => decimal.MaxValue,
        _ when type == typeof(double) => double.MaxValue,
        _ when type == typeof(float) => float.MaxValue,
        _ when type == typeof(short) => short.MaxValue,
        _ when type == typeof(byte) => byte.MaxValue,
        _ => throw new InvalidOperationException($"No largest value for {type.Name}"),
    };

    [Fact]
    public async Task UsersEdit_PostWithoutHandler_AnswersNotFound()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictAdministrator));

        var response = await client.PostFormAsync($"/Users/Edit/{teacher.Id}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We could not find that page", await PageAsync(response));
    }

    [Theory]
    [InlineData("/Schools")]
    [InlineData("/Schools?handler=Nope")]
    [InlineData("/Audit?handler=Nope")]
    [InlineData("/Staffing/Allocations/Compare")]
    public async Task AnyPage_PostToAHandlerItDoesNotHave_AnswersNotFound(string url)
    {
        var district = await factory.CreateDistrictAsync();
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictAdministrator));

        var response = await client.PostFormAsync("/Schools", new Dictionary<string, string>(), url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We could not find that page", await PageAsync(response));
    }

    [Fact]
    public async Task Page_GetWithUnknownHandler_ShowsThePage()
    {
        var district = await factory.CreateDistrictAsync();
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictAdministrator));

        var response = await client.GetAsync("/Schools?handler=Nope");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Schools</h1>", await PageAsync(response));
    }

    [Theory]
    [InlineData(Bidi)]
    [InlineData(Bell)]
    public async Task ActionTitle_ControlOrBidiCharacter_FieldMessageNothingSaved(string character)
    {
        var (district, plan, client) = await LeaderWithPlanAsync();
        using var _ = client;

        var response = await client.PostFormAsync($"/Plans/Actions/New/{plan}",
            new Dictionary<string, string> { ["Form.Title"] = $"Tutor{character}ing", ["Form.Status"] = "NotStarted" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(PlainText.Refusal, await PageAsync(response));
        Assert.Equal(0, await factory.InScopeAsync(district.Id, (_, db) => db.PlanActions.CountAsync()));
    }

    [Fact]
    public async Task ScenarioName_BidiOverride_FieldMessageNothingSaved()
    {
        var district = await factory.CreateDistrictAsync();
        var year = await EquityFixture.CreateAsync(factory, district);
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictLeader));

        var response = await client.PostFormAsync("/Staffing/Allocations/New", new Dictionary<string, string>
        {
            ["Form.Name"] = $"{Bidi}sehcaoC",
            ["Form.PositionKind"] = "Instructional coach",
            ["Form.SchoolYearId"] = year.ToString(),
            ["Form.TotalPositions"] = "5",
            ["Form.Step"] = "1",
            ["Form.DefaultMinimum"] = "0",
            ["Form.DefaultMaximum"] = "3",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(PlainText.Refusal, await PageAsync(response));
        Assert.Equal(0, await factory.InScopeAsync(district.Id, (_, db) => db.AllocationScenarios.CountAsync()));
    }

    [Fact]
    public async Task Text_LineBreaksAndTabs_Accepted()
    {
        var (district, plan, client) = await LeaderWithPlanAsync();
        using var _ = client;

        var response = await client.PostFormAsync($"/Plans/Actions/New/{plan}",
            new Dictionary<string, string> { ["Form.Title"] = "Tutoring", ["Form.Status"] = "NotStarted", ["Form.FundingSource"] = "Title I\r\n\tgrant" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await factory.InScopeAsync(district.Id, (_, db) => db.PlanActions.CountAsync()));
    }

    [Fact]
    public async Task SchoolsImport_NameWithBellAndBidi_RefusedWithLineAndColumn()
    {
        var district = await factory.CreateDistrictAsync();
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictAdministrator));
        var csv = ImportFiles.Utf8($"school_id,name\nS-1,Alder{Bell} Elementary\nS-2,Birch Middle\nS-3,{Bidi}kaO\n");

        var response = await ImportTestData.PostAsync(client, "schools", csv, ImportUpload.CsvType, "?dryRun=true");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problems = (await ImportTestData.ReadAsync(response)).Problems.Where(p => p.Reason == PlainText.Refusal).ToList();
        Assert.Equal([(2, "name"), (4, "name")], problems.Select(p => (p.Line, p.Column)));
        Assert.Equal(0, await factory.InScopeAsync(district.Id, (_, db) => db.Schools.CountAsync()));
    }
}

public class PlainTextTests
{
    [Theory]
    [InlineData("Alder Elementary", null)]
    [InlineData("First line\r\n\tsecond", null)]
    [InlineData("École Saint-Jean — ½ day", null)]
    [InlineData("a\u202Eb", 1)]
    [InlineData("\u2066x", 0)]
    [InlineData("x\u0007", 1)]
    [InlineData("x\u0000", 1)]
    [InlineData("x\u0085", 1)]
    [InlineData("x\u007F", 1)]
    public void ForbiddenAt_Text_FindsTheFirstForbiddenCharacter(string text, int? expected) =>
        Assert.Equal(expected, PlainText.ForbiddenAt(text));
}
