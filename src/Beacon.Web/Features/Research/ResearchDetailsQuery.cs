using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Research;

public sealed record MemberRow(string Name, ResearchRole Role, string? School);

public sealed record AttachmentRow(Guid Id, string FileName, long Size);

public sealed record CommentRow(string Author, string Text, DateTimeOffset At);

/// <summary>What a project's page shows besides the project itself: people, indicators, goals, files and comments.</summary>
public sealed record ResearchDetails(
    IReadOnlyList<MemberRow> Members, IReadOnlyList<string> Indicators, IReadOnlyList<string> Goals, IReadOnlyList<AttachmentRow> Attachments, IReadOnlyList<CommentRow> Comments);

public sealed class ResearchDetailsQuery(BeaconDbContext db)
{
    public async Task<ResearchDetails> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var members = await db.ResearchMembers.Where(m => m.ProjectId == id)
            .Join(db.StaffMembers, m => m.StaffMemberId, s => s.Id, (m, s) => new
            {
                Name = s.GivenName + " " + s.FamilyName,
                m.Role,
                School = db.Schools.Where(x => x.Id == m.SchoolId).Select(x => x.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var indicators = await db.ResearchIndicators.Where(r => r.ProjectId == id)
            .Join(db.Indicators, r => r.IndicatorId, i => i.Id, (r, i) => i.Code + " " + i.Text).ToListAsync(cancellationToken);
        var goals = await db.ResearchGoals.Where(r => r.ProjectId == id)
            .Join(db.PlanGoals, r => r.PlanGoalId, g => g.Id, (r, g) => g.Plan!.Title + ": " + g.Title).ToListAsync(cancellationToken);
        var attachments = await db.ResearchAttachments.Where(a => a.ProjectId == id).OrderBy(a => a.FileName)
            .Select(a => new AttachmentRow(a.Id, a.FileName, a.Size)).ToListAsync(cancellationToken);
        var comments = await db.ResearchComments.Where(c => c.ProjectId == id)
            .Join(db.StaffMembers, c => c.StaffMemberId, s => s.Id, (c, s) => new { Author = s.GivenName + " " + s.FamilyName, c.Text, c.CreatedAt })
            .ToListAsync(cancellationToken);
        return new ResearchDetails(
            [.. members.OrderBy(m => m.Role).ThenBy(m => m.Name, StringComparer.CurrentCulture).Select(m => new MemberRow(m.Name, m.Role, m.School))],
            [.. indicators.Order(StringComparer.Ordinal)],
            [.. goals.Order(StringComparer.CurrentCulture)],
            attachments,
            // Ordered in memory: SQLite cannot order by a DateTimeOffset column.
            [.. comments.OrderBy(c => c.CreatedAt).Select(c => new CommentRow(c.Author, c.Text, c.CreatedAt))]);
    }
}
