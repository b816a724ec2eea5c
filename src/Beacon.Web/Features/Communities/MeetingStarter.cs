using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Communities;

/// <summary>Turns an agenda (the shipped TLC template or one of the district's) into a meeting with every member on its attendance list.</summary>
public static class MeetingStarter
{
    public const string TlcKey = "tlc";

    public static async Task<(string Name, IReadOnlyList<AgendaStep> Steps)?> StepsAsync(BeaconDbContext db, string? key, CancellationToken cancellationToken)
    {
        if (key == TlcKey)
        {
            return (TlcTemplate.Name, TlcTemplate.Steps);
        }
        if (!Guid.TryParse(key, out var id))
        {
            return null;
        }
        var template = await db.AgendaTemplates.AsNoTracking().Include(t => t.Items).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        return template is null
            ? null
            : (template.Name, template.Items.OrderBy(i => i.Position).Select(i => new AgendaStep(i.Title, i.Minutes, i.Kind, i.Guidance ?? "")).ToList());
    }

    public static Meeting Create(Community community, string templateName, IReadOnlyList<AgendaStep> steps, DateTimeOffset startsAt)
    {
        var meeting = new Meeting { Id = Guid.CreateVersion7(), CommunityId = community.Id, StartsAt = startsAt, TemplateName = templateName };
        meeting.Items.AddRange(steps.Select((s, i) => new MeetingItem
        {
            Position = i + 1,
            Title = s.Title,
            Minutes = s.Minutes,
            Kind = s.Kind,
            Guidance = s.Guidance,
        }));
        meeting.Attendance.AddRange(community.Members.Select(m => new MeetingAttendance { MemberId = m.Id }));
        return meeting;
    }
}
