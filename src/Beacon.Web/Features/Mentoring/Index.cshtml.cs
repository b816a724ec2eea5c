using Beacon.Web.Data;
using Beacon.Web.Features.Mentoring.Matching;
using Beacon.Web.Features.Mentoring.Programmes;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Mentoring;

public sealed record ProgrammeRow(Guid Id, string Name, ProgrammeKind Kind, ProgrammeStatus Status, int Pool, int Pairings);

public sealed record OpenProgramme(Guid Id, string Name, bool InPool);

/// <summary>
/// Mentoring for whoever signs in: the coordinator's programmes, one's own pairings as mentor or mentee, a
/// principal's pairings at their schools (hours only), and the programmes one can volunteer to mentor in.
/// </summary>
[Authorize(Policy = Policies.StaffDirectory)]
public class IndexModel(BeaconDbContext db, PairingAccess access, SchoolScope scope, CurrentUser currentUser) : PageModel
{
    public bool Coordinator => scope.SeesWholeDistrict;
    public IReadOnlyList<ProgrammeRow> Programmes { get; private set; } = [];
    public IReadOnlyList<PairingRow> MyPairings { get; private set; } = [];
    public IReadOnlyList<PairingRow> SchoolPairings { get; private set; } = [];
    public IReadOnlyList<OpenProgramme> Open { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Coordinator)
        {
            Programmes = await db.MentoringProgrammes.OrderBy(p => p.Name)
                .Select(p => new ProgrammeRow(p.Id, p.Name, p.Kind, p.Status,
                    db.MentorPoolEntries.Count(e => e.ProgrammeId == p.Id), db.Pairings.Count(x => x.ProgrammeId == p.Id)))
                .ToListAsync(cancellationToken);
        }
        var me = await access.MyStaffIdAsync(cancellationToken);
        if (me is { } staffId)
        {
            MyPairings = await PairingRows.Rows(db, db.Pairings.Where(p => p.MenteeId == staffId || p.MentorId == staffId)).ToListAsync(cancellationToken);
            Open = await db.MentoringProgrammes.Where(p => p.Status == ProgrammeStatus.Matching).OrderBy(p => p.Name)
                .Select(p => new OpenProgramme(p.Id, p.Name, db.MentorPoolEntries.Any(e => e.ProgrammeId == p.Id && e.StaffMemberId == staffId)))
                .ToListAsync(cancellationToken);
        }
        if (currentUser.Principal?.IsInRole(Roles.SchoolLeader) == true)
        {
            var schools = await scope.MySchoolIdsAsync(cancellationToken);
            SchoolPairings = await PairingRows.Rows(db, db.Pairings.Where(p => schools.Contains(p.SchoolId))).ToListAsync(cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostVolunteerAsync(Guid mentoringProgrammeId, CancellationToken cancellationToken)
    {
        var programme = await db.MentoringProgrammes.FirstOrDefaultAsync(p => p.Id == mentoringProgrammeId && p.Status == ProgrammeStatus.Matching, cancellationToken);
        if (programme is null || await access.MyStaffIdAsync(cancellationToken) is not { } staffId)
        {
            return NotFound();
        }
        if (!await db.MentorPoolEntries.AnyAsync(e => e.ProgrammeId == mentoringProgrammeId && e.StaffMemberId == staffId, cancellationToken))
        {
            db.MentorPoolEntries.Add(new MentorPoolEntry { ProgrammeId = mentoringProgrammeId, StaffMemberId = staffId, Capacity = programme.DefaultCapacity });
            await db.SaveChangesAsync(cancellationToken);
        }
        return RedirectToPage();
    }
}
