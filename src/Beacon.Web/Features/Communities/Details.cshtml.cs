using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Communities;

/// <summary>A community: its focus, schedule, people and meetings; where members are added and meetings started.</summary>
public class DetailsModel(BeaconDbContext db, CommunityAccess access, TimeProvider clock) : PageModel
{
    public Community Community { get; private set; } = null!;
    public IReadOnlyList<string> Indicators { get; private set; } = [];
    public IReadOnlyList<Occurrence> Coming { get; private set; } = [];
    public IReadOnlyList<(Guid Id, DateTime Start, bool HasSummary)> Meetings { get; private set; } = [];
    public IReadOnlyList<(string Id, string Name)> Candidates { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Templates { get; private set; } = [];
    public bool CanManage { get; private set; }
    public bool IsFacilitator { get; private set; }
    public string? NewJoinCode { get; private set; }

    [BindProperty]
    public MemberForm NewMember { get; set; } = new();

    [BindProperty]
    public MeetingStart Start { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (Coming.FirstOrDefault() is { } next)
        {
            (Start.Date, Start.Time) = (DateOnly.FromDateTime(next.Start), TimeOnly.FromDateTime(next.Start));
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAddMemberAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (!CanManage)
        {
            return CommunityAccess.Refuse();
        }
        ModelState.Remove("Start.Date");
        ModelState.Remove("Start.Time");
        var person = NewMember.UserId is { } uid ? Candidates.FirstOrDefault(c => c.Id == uid) : default;
        if (person.Id is null)
        {
            ModelState.AddModelError("NewMember.UserId", "Choose a person from the list: colleagues already in the community are not listed.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var email = await db.Users.Where(u => u.Id == person.Id).Select(u => u.Email).FirstAsync(cancellationToken);
        db.CommunityMembers.Add(new CommunityMember
        {
            CommunityId = id,
            UserId = person.Id!,
            DisplayName = person.Name,
            Email = email,
            Role = NewMember.Role,
            TrainedOn = NewMember.Role == MemberRole.Facilitator ? NewMember.TrainedOn : null,
            Training = NewMember.Role == MemberRole.Facilitator ? CommunityForm.Clean(NewMember.Training) : null,
        });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostStartMeetingAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (!CanManage)
        {
            return CommunityAccess.Refuse();
        }
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith("NewMember.", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
        var steps = await MeetingStarter.StepsAsync(db, Start.Template, cancellationToken);
        if (steps is null)
        {
            ModelState.AddModelError("Start.Template", "Choose an agenda from the list.");
        }
        else if (MeetingSlot.LengthRefusal(Community.Rule, steps.Value.Steps.Sum(s => s.Minutes)) is { } tooLong)
        {
            ModelState.AddModelError("Start.Template", tooLong);
        }
        if (Start.Date is { } date
            && MeetingSlot.DateRefusal(Community.Rule, Community.Exceptions.Select(e => new OccurrenceChange(e.OccursOn, e.MovedTo)), date) is { } offSeries)
        {
            ModelState.AddModelError("Start.Date", offSeries);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var meeting = MeetingStarter.Create(Community, steps!.Value.Name, steps.Value.Steps,
            CommunityTime.ToUtc(Start.Date!.Value.ToDateTime(Start.Time!.Value), Community.TimeZoneId));
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("Meetings/Run", new { id = meeting.Id });
    }

    public async Task<IActionResult> OnPostJoinCodeAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (!CanManage || Community.Kind != CommunityKind.Network)
        {
            return CommunityAccess.Refuse();
        }
        NewJoinCode = NetworkReader.NewJoinCode();
        var tracked = await db.Communities.FirstAsync(c => c.Id == id, cancellationToken);
        tracked.JoinCodeHash = CalendarTokens.Hash(NewJoinCode);
        await db.SaveChangesAsync(cancellationToken);
        ModelState.Clear();
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var community = await db.Communities.AsNoTracking().Include(c => c.School).Include(c => c.Exceptions)
            .Include(c => c.Members.OrderBy(m => m.Role == MemberRole.Facilitator ? 0 : 1).ThenBy(m => m.DisplayName))
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (community is null)
        {
            return false;
        }
        Community = community;
        CanManage = await access.CanManageAsync(id, community.SchoolId, cancellationToken);
        IsFacilitator = community.Members.Any(m => m.UserId == access.UserId && m.Role == MemberRole.Facilitator);
        Indicators = await db.CommunityIndicators.Where(i => i.CommunityId == id)
            .Join(db.Indicators, ci => ci.IndicatorId, i => i.Id, (ci, i) => i.Code + " " + i.Text).OrderBy(t => t).ToListAsync(cancellationToken);
        var today = CommunityTime.Today(clock.GetUtcNow(), community.TimeZoneId);
        Coming = community.Rule is { } rule
            ? MeetingRecurrence.Between(rule, today, today.AddDays(200), community.Exceptions.Select(e => new OccurrenceChange(e.OccursOn, e.MovedTo))).Take(5).ToList()
            : [];
        var meetings = await db.Meetings.Where(m => m.CommunityId == id).OrderByDescending(m => m.StartsAt)
            .Select(m => new { m.Id, m.StartsAt, HasSummary = m.Summary != null }).Take(24).ToListAsync(cancellationToken);
        Meetings = meetings.Select(m => (m.Id, CommunityTime.ToLocal(m.StartsAt, community.TimeZoneId), m.HasSummary)).ToList();
        if (CanManage)
        {
            var memberIds = community.Members.Select(m => m.UserId).ToList();
            var users = await db.Users.Where(u => !memberIds.Contains(u.Id)).OrderBy(u => u.DisplayName)
                .Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken);
            Candidates = users.Select(u => (u.Id, u.DisplayName)).ToList();
            var templates = await db.AgendaTemplates.OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
            Templates = templates.Select(t => (t.Id, t.Name)).ToList();
        }
        return true;
    }

    public class MemberForm
    {
        [Display(Name = "Person")]
        public string? UserId { get; set; }

        [Display(Name = "Role")]
        public MemberRole Role { get; set; }

        [Display(Name = "Facilitator training completed on")]
        public DateOnly? TrainedOn { get; set; }

        [StringLength(Limits.Line, ErrorMessage = "Keep the training description under {1:N0} characters.")]
        [Display(Name = "Facilitator training (course or programme)")]
        public string? Training { get; set; }
    }

    public class MeetingStart
    {
        [Display(Name = "Agenda")]
        public string Template { get; set; } = MeetingStarter.TlcKey;

        [Required(ErrorMessage = "Enter the meeting's date.")]
        [Display(Name = "Date")]
        public DateOnly? Date { get; set; }

        [Required(ErrorMessage = "Enter the meeting's start time.")]
        [Display(Name = "Starts at")]
        public TimeOnly? Time { get; set; }
    }
}
