using System.Globalization;
using Beacon.Web.Data;
using Beacon.Web.Features.SelfAssessment;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Research;

/// <summary>
/// The changes made to a project besides its text: the indicators and goals it serves, its people, files,
/// comments and stage. Each returns the refusal to show (null when done) and adds its change to the
/// context; the page saves. Who may make a change is the page's business (through <see cref="ResearchAccess"/>).
/// </summary>
public sealed class ResearchEditor(BeaconDbContext db, TimeProvider clock)
{
    public static readonly FileRules AttachmentRules = new("research", Limits.ResearchAttachmentBytes, Limits.ResearchAttachmentTypes);

    /// <summary>The indicators one can choose: those of every framework's current version.</summary>
    public IQueryable<Choice> IndicatorChoices() =>
        db.Indicators.AsNoTracking().Where(i => db.Frameworks.Any(f => f.CurrentVersionId == i.FrameworkVersionId))
            .OrderBy(i => i.Code).Select(i => new Choice(i.Id, i.Code + " " + i.Text));

    public IQueryable<Choice> GoalChoices() =>
        db.PlanGoals.AsNoTracking().OrderBy(g => g.Plan!.Title).ThenBy(g => g.Position).Select(g => new Choice(g.Id, g.Plan!.Title + ": " + g.Title));

    /// <summary>The field and message for chosen indicators or goals that are not the district's, or null.</summary>
    public async Task<(string Field, string Message)?> RefusalForLinksAsync(ResearchForm form, CancellationToken cancellationToken)
    {
        var indicators = form.IndicatorIds.Distinct().ToList();
        if (await db.Indicators.CountAsync(i => indicators.Contains(i.Id), cancellationToken) != indicators.Count)
        {
            return ("Form.IndicatorIds", "Choose indicators from the list.");
        }
        var goals = form.PlanGoalIds.Distinct().ToList();
        if (await db.PlanGoals.CountAsync(g => goals.Contains(g.Id), cancellationToken) != goals.Count)
        {
            return ("Form.PlanGoalIds", "Choose plan goals from the list.");
        }
        return null;
    }

    /// <summary>Replaces the project's indicators and goals with the form's.</summary>
    public async Task SetLinksAsync(Guid projectId, ResearchForm form, CancellationToken cancellationToken)
    {
        await db.ResearchIndicators.Where(i => i.ProjectId == projectId).ExecuteDeleteAsync(cancellationToken);
        await db.ResearchGoals.Where(g => g.ProjectId == projectId).ExecuteDeleteAsync(cancellationToken);
        db.ResearchIndicators.AddRange(form.IndicatorIds.Distinct().Select(i => new ResearchIndicator { ProjectId = projectId, IndicatorId = i }));
        db.ResearchGoals.AddRange(form.PlanGoalIds.Distinct().Select(g => new ResearchGoal { ProjectId = projectId, PlanGoalId = g }));
    }

    /// <summary>Adds an author or reviewer by their email in the staff roster; authors may come from any school.</summary>
    public async Task<string?> AddMemberAsync(Guid projectId, string? email, ResearchRole role, CancellationToken cancellationToken)
    {
        var address = (email ?? "").Trim().ToLowerInvariant();
        var person = address.Length == 0 ? null : await db.StaffMembers.Where(s => s.Email != null && s.Email.ToLower() == address)
            .Select(s => new { s.Id, School = s.Assignments.OrderBy(a => a.SchoolId).Select(a => (Guid?)a.SchoolId).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return "No one in the staff roster has that email address.";
        }
        var roles = await db.ResearchMembers.Where(m => m.ProjectId == projectId && m.StaffMemberId == person.Id).Select(m => m.Role).ToListAsync(cancellationToken);
        if (roles.Count > 0)
        {
            // Reviewing one's own work is no review; one role per person.
            return roles.Contains(role) ? "That person is already on the project." : "That person already has the other role on this project.";
        }
        db.ResearchMembers.Add(new ResearchMember { ProjectId = projectId, StaffMemberId = person.Id, Role = role, SchoolId = person.School });
        return null;
    }

    public async Task<string?> AttachAsync(Guid projectId, IFormFile? upload, CancellationToken cancellationToken)
    {
        if (upload is null || upload.Length == 0)
        {
            return "Choose a file to attach.";
        }
        if (await db.ResearchAttachments.CountAsync(a => a.ProjectId == projectId, cancellationToken) >= Limits.ResearchAttachments)
        {
            return string.Create(CultureInfo.CurrentCulture, $"A project may attach at most {Limits.ResearchAttachments} files. Remove one first.");
        }
        byte[] content = [];
        if (upload.Length <= Limits.ResearchAttachmentBytes)
        {
            using var buffer = new MemoryStream();
            await upload.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
        }
        var (contentType, refusal) = EvidenceRules.CheckFile(upload.FileName, upload.Length, content, AttachmentRules);
        if (refusal is not null)
        {
            return refusal;
        }
        var name = Path.GetFileName(upload.FileName);
        db.ResearchAttachments.Add(new ResearchAttachment
        {
            ProjectId = projectId,
            // The end of a long name is kept: it holds the extension, which says what the file is.
            FileName = name.Length > Limits.EvidenceFileName ? name[^Limits.EvidenceFileName..] : name,
            ContentType = contentType!,
            Size = content.Length,
            Content = content,
        });
        return null;
    }

    public async Task<string?> MoveAsync(Guid projectId, ResearchStage to, ResearchRole role, CancellationToken cancellationToken)
    {
        var project = await db.ResearchProjects.FirstAsync(p => p.Id == projectId, cancellationToken);
        var reviewers = await db.ResearchMembers.CountAsync(m => m.ProjectId == projectId && m.Role == ResearchRole.Reviewer, cancellationToken);
        var facts = new ResearchFacts(!string.IsNullOrWhiteSpace(project.Method), !string.IsNullOrWhiteSpace(project.Findings), reviewers);
        if (ResearchLifecycle.Refusal(project.Stage, to, role, facts) is { } refusal)
        {
            return refusal;
        }
        project.Stage = to;
        project.PublishedOn = to == ResearchStage.Published ? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) : project.PublishedOn;
        return null;
    }
}
