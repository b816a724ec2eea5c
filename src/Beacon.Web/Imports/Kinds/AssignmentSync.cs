using Beacon.Web.Features.Staff;

namespace Beacon.Web.Imports.Kinds;

/// <summary>
/// Makes a staff member's assignments exactly the schools a file lists for them: adds the new,
/// changes a share that differs, and removes the schools no longer listed.
/// </summary>
public static class AssignmentSync
{
    public static bool Sync(StaffMember member, IReadOnlyList<(Guid SchoolId, double Fte)> desired, ExistingRecords existing, ImportPlan plan)
    {
        var current = existing.AssignmentsByStaff.TryGetValue(member.Id, out var list) ? list : [];
        var changed = false;
        foreach (var (schoolId, fte) in desired)
        {
            var assignment = current.FirstOrDefault(a => a.SchoolId == schoolId);
            if (assignment is null)
            {
                plan.Added.Add(new StaffAssignment { Id = Guid.CreateVersion7(), StaffMemberId = member.Id, SchoolId = schoolId, Fte = fte });
                changed = true;
            }
            else
            {
                changed |= Change.Set(assignment.Fte, fte, v => assignment.Fte = v);
            }
        }
        foreach (var stale in current.Where(a => desired.All(d => d.SchoolId != a.SchoolId)))
        {
            plan.Removed.Add(stale);
            changed = true;
        }
        return changed;
    }

    /// <summary>An equal share of a post across <paramref name="count"/> schools, rounded so re-imports compare equal.</summary>
    public static double Share(double total, int count) => Math.Round(total / count, 4);
}
