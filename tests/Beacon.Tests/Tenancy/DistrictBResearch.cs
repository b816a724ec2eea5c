using Beacon.Web.Data;
using Beacon.Web.Features.Frameworks;
using Beacon.Web.Features.Plans;
using Beacon.Web.Features.Research;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Staff;

namespace Beacon.Tests.Tenancy;

/// <summary>District B's action research: a published project with an author, indicator, goal, comment and attachment.</summary>
public static class DistrictBResearch
{
    public static async Task<IReadOnlyDictionary<string, string>> AddAsync(BeaconDbContext db, School school, StaffMember staff, Indicator indicator, PlanGoal goal, string marker)
    {
        var project = new ResearchProject
        {
            Title = $"{marker} research",
            Question = marker,
            Context = marker,
            Method = marker,
            Data = marker,
            Findings = marker,
            Implications = marker,
            Subject = marker,
            Stage = ResearchStage.Published,
            PublishedOn = new DateOnly(2025, 10, 1),
        };
        var member = new ResearchMember { StaffMemberId = staff.Id, Role = ResearchRole.Author, SchoolId = school.Id };
        var link = new ResearchIndicator { IndicatorId = indicator.Id };
        var served = new ResearchGoal { PlanGoalId = goal.Id };
        project.Members.Add(member);
        project.Indicators.Add(link);
        project.Goals.Add(served);
        db.ResearchProjects.Add(project);
        await db.SaveChangesAsync();
        var comment = new ResearchComment { ProjectId = project.Id, StaffMemberId = staff.Id, Text = marker };
        var attachment = new ResearchAttachment { ProjectId = project.Id, FileName = $"{marker}.txt", ContentType = "text/plain", Size = marker.Length, Content = System.Text.Encoding.UTF8.GetBytes(marker) };
        db.AddRange(comment, attachment);
        await db.SaveChangesAsync();
        return new Dictionary<string, string>
        {
            ["ResearchProject"] = project.Id.ToString(),
            ["ResearchMember"] = member.Id.ToString(),
            ["ResearchIndicator"] = link.Id.ToString(),
            ["ResearchGoal"] = served.Id.ToString(),
            ["ResearchComment"] = comment.Id.ToString(),
            ["ResearchAttachment"] = attachment.Id.ToString(),
        };
    }
}
