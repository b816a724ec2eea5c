using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Communities.Meetings;

/// <summary>
/// Running a meeting along its agenda: attendance, notes per item, the "how's it going" round in
/// which each member's report is recorded against their plan (facilitators only, since plans are
/// private), decisions and the summary. Everyone in the district may read the agenda and summary.
/// </summary>
public class RunModel(BeaconDbContext db, CommunityAccess access, CheckInRecorder recorder, TimeProvider clock) : PageModel
{
    public sealed record PlanLine(Guid Id, string Technique, TechniqueStatus Status);

    public Meeting Meeting { get; private set; } = null!;
    public Community Community { get; private set; } = null!;
    public DateTime LocalStart { get; private set; }
    public bool CanManage { get; private set; }
    public bool IsFacilitator { get; private set; }
    public IReadOnlyDictionary<Guid, List<PlanLine>> PlanLines { get; private set; } = new Dictionary<Guid, List<PlanLine>>();
    public string? Message { get; private set; }

    [BindProperty]
    public List<Guid> Present { get; set; } = [];

    [BindProperty]
    public List<CheckInRow> CheckIns { get; set; } = [];

    /// <summary>Notes typed under each agenda item (a list, not a dictionary: a dictionary binder would read every other field as a key).</summary>
    [BindProperty]
    public List<ItemNotes> Notes { get; set; } = [];

    /// <summary>The signed-in person's membership of this community, if they are in it.</summary>
    public CommunityMember? Me { get; private set; }

    [BindProperty]
    [StringLength(Limits.LongText, ErrorMessage = "Keep the decisions under {1:N0} characters.")]
    public string? Decisions { get; set; }

    [BindProperty]
    [StringLength(Limits.LongText, ErrorMessage = "Keep the summary under {1:N0} characters.")]
    public string? Summary { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery] string? done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Message = done;
        (Decisions, Summary) = (Meeting.Decisions, Meeting.Summary);
        return Page();
    }

    /// <summary>
    /// Saves the whole meeting at once (attendance, every item's notes, the check-in round for
    /// facilitators, decisions and summary), so nothing typed in one part is lost by saving another.
    /// </summary>
    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await GuardAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        Posted = true;
        var memberIds = Community.Members.Select(m => m.Id).ToHashSet();
        var rows = await db.MeetingAttendance.Where(a => a.MeetingId == id).ToListAsync(cancellationToken);
        foreach (var member in Community.Members.Where(m => rows.All(r => r.MemberId != m.Id)))
        {
            var row = new MeetingAttendance { MeetingId = id, MemberId = member.Id };
            db.MeetingAttendance.Add(row);
            rows.Add(row);
        }
        foreach (var row in rows)
        {
            row.Present = Present.Contains(row.MemberId);
        }

        var items = await db.MeetingItems.Where(i => i.MeetingId == id).ToListAsync(cancellationToken);
        foreach (var (posted, index) in Notes.Select((n, i) => (n, i)))
        {
            if (items.FirstOrDefault(i => i.Id == posted.ItemId) is not { } item)
            {
                continue;
            }
            var notes = CommunityForm.Clean(posted.Text);
            if (notes is { Length: > Limits.LongText })
            {
                ModelState.AddModelError($"Notes[{index}].Text", string.Create(CultureInfo.CurrentCulture, $"Keep the notes on {item.Title} under {Limits.LongText:N0} characters."));
                continue;
            }
            item.Notes = notes;
        }

        if (IsFacilitator)
        {
            var reports = CheckIns.Select(c => new CheckInReport(c.MemberId, c.PlanItemId, c.Report, c.Status)).ToList();
            foreach (var (index, gradualism) in await recorder.RecordAsync(id, memberIds, reports, cancellationToken))
            {
                ModelState.AddModelError($"CheckIns[{index}].Status", gradualism);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }
        var meeting = await db.Meetings.FirstAsync(m => m.Id == id, cancellationToken);
        (meeting.Decisions, meeting.Summary) = (CommunityForm.Clean(Decisions), CommunityForm.Clean(Summary));
        meeting.SummarySavedAt = meeting.Summary is null ? null : clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id, done = "Meeting saved." });
    }

    /// <summary>A member marks themself present, e.g. from their phone as they arrive.</summary>
    public async Task<IActionResult> OnPostCheckInAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (Me is not { } me)
        {
            return CommunityAccess.Refuse();
        }
        var row = await db.MeetingAttendance.FirstOrDefaultAsync(a => a.MeetingId == id && a.MemberId == me.Id, cancellationToken);
        if (row is null)
        {
            row = new MeetingAttendance { MeetingId = id, MemberId = me.Id };
            db.MeetingAttendance.Add(row);
        }
        row.Present = true;
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id, done = "You are checked in." });
    }

    /// <summary>Whether the page shows what was just posted (a save refused for a field) rather than what is stored.</summary>
    public bool Posted { get; private set; }

    public bool IsPresent(Guid memberId) =>
        Posted ? Present.Contains(memberId) : Meeting.Attendance.Any(a => a.MemberId == memberId && a.Present);

    public string? NotesOn(MeetingItem item) => Posted && Notes.FirstOrDefault(n => n.ItemId == item.Id) is { } posted ? posted.Text : item.Notes;

    public string? ReportOf(Guid memberId, Guid? planItemId) =>
        Posted && CheckIns.FirstOrDefault(c => c.MemberId == memberId && c.PlanItemId == planItemId) is { } row
            ? row.Report
            : CheckInFor(memberId, planItemId)?.Report;

    public CheckIn? CheckInFor(Guid memberId, Guid? planItemId) =>
        Meeting.CheckIns.FirstOrDefault(c => c.MemberId == memberId && c.PlanItemId == planItemId);

    private async Task<IActionResult?> GuardAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        return CanManage ? null : CommunityAccess.Refuse();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Items.OrderBy(i => i.Position)).Include(m => m.Attendance).Include(m => m.CheckIns)
            .FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return false;
        }
        Meeting = meeting;
        Community = await db.Communities.AsNoTracking().Include(c => c.Members.OrderBy(m => m.DisplayName))
            .FirstAsync(c => c.Id == meeting.CommunityId, cancellationToken);
        LocalStart = CommunityTime.ToLocal(meeting.StartsAt, Community.TimeZoneId);
        CanManage = await access.CanManageAsync(Community.Id, Community.SchoolId, cancellationToken);
        IsFacilitator = await access.IsFacilitatorAsync(Community.Id, cancellationToken);
        Me = Community.Members.FirstOrDefault(m => m.UserId == access.UserId);
        if (IsFacilitator)
        {
            var memberIds = Community.Members.Select(m => m.Id).ToList();
            var lines = await db.ActionPlanItems.Where(i => memberIds.Contains(i.MemberId))
                .Where(i => i.Status == TechniqueStatus.Planned || i.Status == TechniqueStatus.Trying)
                .OrderBy(i => i.AddedAt).Select(i => new { i.MemberId, Line = new PlanLine(i.Id, i.TechniqueName, i.Status) })
                .ToListAsync(cancellationToken);
            PlanLines = lines.GroupBy(l => l.MemberId).ToDictionary(g => g.Key, g => g.Select(l => l.Line).ToList());
        }
        return true;
    }

    public class ItemNotes
    {
        public Guid ItemId { get; set; }
        public string? Text { get; set; }
    }

    public class CheckInRow
    {
        public Guid MemberId { get; set; }
        public Guid? PlanItemId { get; set; }
        public string? Report { get; set; }
        public TechniqueStatus? Status { get; set; }
    }
}
