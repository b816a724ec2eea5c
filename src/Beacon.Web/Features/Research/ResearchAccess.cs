using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Research;

/// <summary>How the signed-in person stands to a project: an author, a reviewer, a reader of a published one, or nobody.</summary>
public enum ResearchView
{
    /// <summary>A draft of someone else's: the page answers 404, as if it did not exist.</summary>
    None = 0,
    Reader,
    Reviewer,
    Author,
}

/// <summary>
/// Who sees a project. A draft (anything not yet published) is seen only by its authors and reviewers, whatever
/// the reader's role; a published project by every staff member of the district. The rule lives here only.
/// </summary>
public sealed class ResearchAccess(BeaconDbContext db, CurrentUser currentUser)
{
    public async Task<Guid?> MyStaffIdAsync(CancellationToken cancellationToken) =>
        currentUser.Id is { } userId
            ? await db.Users.Where(u => u.Id == userId).Select(u => u.StaffMemberId).FirstOrDefaultAsync(cancellationToken)
            : null;

    /// <summary>The project and the view of it, or null when it does not exist or this person may not see it.</summary>
    public async Task<(ResearchProject Project, ResearchView View, Guid? Me)?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var project = await db.ResearchProjects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return null;
        }
        var me = await MyStaffIdAsync(cancellationToken);
        var roles = me is { } staffId
            ? await db.ResearchMembers.Where(m => m.ProjectId == id && m.StaffMemberId == staffId).Select(m => m.Role).ToListAsync(cancellationToken)
            : [];
        var view = roles.Contains(ResearchRole.Author) ? ResearchView.Author
            : roles.Contains(ResearchRole.Reviewer) ? ResearchView.Reviewer
            : project.Stage == ResearchStage.Published ? ResearchView.Reader
            : ResearchView.None;
        return view == ResearchView.None ? null : (project, view, me);
    }
}
