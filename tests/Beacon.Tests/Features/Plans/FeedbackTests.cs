using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Notifications;
using Beacon.Web.Features.Plans.Feedback;
using Beacon.Web.Features.Staff;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Plans;

[Trait("Category", "Database")]
public class FeedbackTests(PlansFactory factory) : IClassFixture<PlansFactory>
{
    private sealed record Setup(TestDistrict District, Guid PlanId, Guid SchoolId, TestAccount Principal, TestAccount Leader);

    [Fact]
    public async Task Review_SubmitReturnResubmitApprove_KeepsEveryStepAndTellsEachSide()
    {
        var s = await SchoolPlanAsync();
        using var principal = await BrowserlessClient.SignedInAsync(factory, s.Principal);
        using var leader = await BrowserlessClient.SignedInAsync(factory, s.Leader);
        var page = $"/Plans/Feedback/{s.PlanId}";
        Task<HttpResponseMessage> Step(BrowserlessClient client, string handler, string note) =>
            client.PostFormAsync(page, new Dictionary<string, string> { ["step.Note"] = note }, $"{page}?handler={handler}");

        var submitted = await Step(principal, "Submit", "Ready for review");
        var principalApproves = await Step(principal, "Approve", "");
        var returnedWithoutNote = await Step(leader, "Return", " ");
        var returned = await Step(leader, "Return", "Goal 1 needs a measure with a baseline.");
        var approveReturned = await Step(leader, "Approve", "");
        var resubmitted = await Step(principal, "Submit", "Measure added");
        var approved = await Step(leader, "Approve", "Well aligned to the district goals.");
        var final = await principal.GetPageAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, principalApproves.StatusCode);
        Assert.Equal(HttpStatusCode.OK, returnedWithoutNote.StatusCode);
        Assert.Contains("Say what the school should change before returning the plan.", await returnedWithoutNote.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Contains("Only a submitted plan can be approved", await approveReturned.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains("<span data-testid=\"approval-state\">Approved</span>", final);
        Assert.Contains("Goal 1 needs a measure with a baseline.", final);
        var (steps, leaderNotes, principalNotes) = await factory.InScopeAsync(s.District.Id, async (_, db) => (
            await db.Set<ApprovalStep>().OrderBy(x => x.CreatedAt).ThenBy(x => x.Id).Select(x => x.Action).ToListAsync(),
            await db.Set<Notification>().CountAsync(n => n.UserId == s.Leader.Id),
            await db.Set<Notification>().Where(n => n.UserId == s.Principal.Id).OrderBy(n => n.CreatedAt).Select(n => n.Text).ToListAsync()));
        Assert.Equal([ApprovalAction.Submitted, ApprovalAction.Returned, ApprovalAction.Submitted, ApprovalAction.Approved], steps);
        Assert.Equal(2, leaderNotes);
        Assert.Collection(principalNotes,
            n => Assert.Contains("returned with comments", n),
            n => Assert.Contains("approved", n));
    }

    [Fact]
    public async Task Comment_MentioningTheSchoolLeader_NotifiesInBeaconAndByMail()
    {
        var s = await SchoolPlanAsync();
        var coachStaff = await StaffAtAsync(s.District, s.SchoolId, "Casey");
        var coach = await factory.CreateAccountAsync(s.District, Roles.Coach, coachStaff);
        var (otherSchool, otherStaff) = await PlanData.SchoolWithStaffAsync(factory, s.District, "Cedar Middle");
        var outsider = await factory.CreateAccountAsync(s.District, Roles.Teacher, otherStaff);
        using var client = await BrowserlessClient.SignedInAsync(factory, coach);
        var page = $"/Plans/Feedback/{s.PlanId}";
        var form = await client.GetPageAsync(page);

        var posted = await client.Http.PostAsync($"{page}?handler=Comment", new FormUrlEncodedContent(
        [
            new("comment.Target", "plan"),
            new("comment.Body", "Could the literacy block start in October?"),
            new("comment.Mentions", s.Principal.Id),
            new("comment.Mentions", outsider.Id),
            new("__RequestVerificationToken", await client.TokenFromAsync(page)),
        ]));
        using var principal = await BrowserlessClient.SignedInAsync(factory, s.Principal);
        var notifications = await principal.GetPageAsync("/Notifications");
        var thread = await principal.GetPageAsync(page);

        Assert.Contains(s.Principal.Id, form);
        Assert.DoesNotContain(outsider.Id, form);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        // Razor encodes the typographic quotes around the plan's title, so the text is matched on either side of them.
        Assert.Contains("mentioned you in a comment on", notifications);
        Assert.Contains("School plan", notifications);
        Assert.Contains(": Could the literacy block start in October?", notifications);
        Assert.Contains("Could the literacy block start in October?", thread);
        var mails = await factory.InScopeAsync(s.District.Id, (_, db) => db.OutboxMails.Where(m => m.DistrictId == s.District.Id).Select(m => m.ToAddress).ToListAsync());
        Assert.Equal([s.Principal.Email], mails);
        var outsiderNotes = await factory.InScopeAsync(s.District.Id, (_, db) => db.Set<Notification>().CountAsync(n => n.UserId == outsider.Id));
        Assert.Equal(0, outsiderNotes);
        Assert.NotEqual(Guid.Empty, otherSchool);
    }

    [Fact]
    public async Task Thread_TeacherOfAnotherSchool_IsNotFound()
    {
        var s = await SchoolPlanAsync();
        var ownTeacherStaff = await StaffAtAsync(s.District, s.SchoolId, "Robin");
        var ownTeacher = await factory.CreateAccountAsync(s.District, Roles.Teacher, ownTeacherStaff);
        var (_, otherStaff) = await PlanData.SchoolWithStaffAsync(factory, s.District, "Cedar Middle");
        var outsider = await factory.CreateAccountAsync(s.District, Roles.Teacher, otherStaff);
        using var leader = await BrowserlessClient.SignedInAsync(factory, s.Leader);
        var page = $"/Plans/Feedback/{s.PlanId}";
        await leader.PostFormAsync(page, new Dictionary<string, string> { ["comment.Target"] = "plan", ["comment.Body"] = "Private working note" }, $"{page}?handler=Comment");
        using var own = await BrowserlessClient.SignedInAsync(factory, ownTeacher);
        using var other = await BrowserlessClient.SignedInAsync(factory, outsider);

        var ownPage = await own.GetPageAsync(page);
        var otherPage = await other.GetAsync(page);
        var otherPost = await other.PostFormAsync("/Notifications", new Dictionary<string, string> { ["comment.Target"] = "plan", ["comment.Body"] = "Let me in" }, $"{page}?handler=Comment");
        var details = await other.GetPageAsync($"/Plans/Details/{s.PlanId}");

        Assert.Contains("Private working note", ownPage);
        Assert.Equal(HttpStatusCode.NotFound, otherPage.StatusCode);
        Assert.DoesNotContain("Private working note", await otherPage.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, otherPost.StatusCode);
        Assert.DoesNotContain("/Plans/Feedback/", details);
        Assert.Equal(1, await factory.InScopeAsync(s.District.Id, (_, db) => db.Set<PlanComment>().CountAsync()));
    }

    [Fact]
    public async Task Thread_ResolvedThenReopened_ShowsItsState()
    {
        var s = await SchoolPlanAsync();
        using var leader = await BrowserlessClient.SignedInAsync(factory, s.Leader);
        var page = $"/Plans/Feedback/{s.PlanId}";
        var empty = await leader.PostFormAsync(page, new Dictionary<string, string> { ["comment.Target"] = "plan", ["comment.Body"] = "" }, $"{page}?handler=Comment");
        var badTarget = await leader.PostFormAsync(page, new Dictionary<string, string> { ["comment.Target"] = $"goal:{Guid.NewGuid()}", ["comment.Body"] = "x" }, $"{page}?handler=Comment");
        await leader.PostFormAsync(page, new Dictionary<string, string> { ["comment.Target"] = "plan", ["comment.Body"] = "Tighten the timeline" }, $"{page}?handler=Comment");
        var threadId = await factory.InScopeAsync(s.District.Id, (_, db) => db.Set<PlanComment>().Select(c => c.Id).SingleAsync());
        await leader.PostFormAsync(page, new Dictionary<string, string> { ["planCommentId"] = threadId.ToString(), ["reply.Body"] = "Done in the new draft" }, $"{page}?handler=Reply");
        await leader.PostFormAsync(page, new Dictionary<string, string> { ["planCommentId"] = threadId.ToString() }, $"{page}?handler=Resolve");
        var resolved = await leader.GetPageAsync(page);
        await leader.PostFormAsync(page, new Dictionary<string, string> { ["planCommentId"] = threadId.ToString() }, $"{page}?handler=Reopen");
        var reopened = await leader.GetPageAsync(page);

        Assert.Contains("Write the comment.", await empty.Content.ReadAsStringAsync());
        Assert.Contains("Choose the plan or one of its goals, strategies or actions.", await badTarget.Content.ReadAsStringAsync());
        Assert.Contains("Comments (0 open, 1 resolved)", resolved);
        Assert.Contains("Done in the new draft", resolved);
        Assert.Contains("Comments (1 open, 0 resolved)", reopened);
    }

    private async Task<Setup> SchoolPlanAsync()
    {
        var district = await factory.CreateDistrictAsync();
        var districtPlan = await PlanData.DistrictPlanAsync(factory, district, "Reading");
        var (school, staff) = await PlanData.SchoolWithStaffAsync(factory, district, "Alder Elementary");
        var plan = await PlanData.SchoolPlanAsync(factory, district, districtPlan, school);
        var principal = await factory.CreateAccountAsync(district, Roles.SchoolLeader, staff);
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        return new Setup(district, plan, school, principal, leader);
    }

    private Task<Guid> StaffAtAsync(TestDistrict district, Guid schoolId, string name) =>
        factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var staff = new StaffMember { Id = Guid.CreateVersion7(), SourceId = $"t-{Guid.NewGuid():N}", GivenName = name, FamilyName = "Staff", Role = StaffRole.Teacher };
            staff.Assignments.Add(new StaffAssignment { SchoolId = schoolId });
            db.Add(staff);
            await db.SaveChangesAsync();
            return staff.Id;
        });
}
