using Beacon.Web.Features.Staff;

namespace Beacon.Web.Imports.Kinds;

/// <summary>
/// Makes a staff member's assignments exactly the schools a file lists for them: adds the new,
/// changes a share that differs, and removes the schools no longer listed. The subject taught and
/// whether it is out of field apply to all of the person's assignments, when the file has those columns.
/// </summary>
public static class AssignmentSync
{
    public static bool Sync(StaffMember member, IReadOnlyList<(Guid SchoolId, double Fte)> desired, ExistingRecords existing, ImportPlan plan,
        AssignmentFields? fields = null)
    {
        fields ??= AssignmentFields.None;
        var current = existing.AssignmentsByStaff.TryGetValue(member.Id, out var list) ? list : [];
        var changed = false;
        foreach (var (schoolId, fte) in desired)
        {
            var assignment = current.FirstOrDefault(a => a.SchoolId == schoolId);
            if (assignment is null)
            {
                plan.Added.Add(new StaffAssignment
                {
                    Id = Guid.CreateVersion7(),
                    StaffMemberId = member.Id,
                    SchoolId = schoolId,
                    Fte = fte,
                    Subject = fields.Subject,
                    OutOfField = fields.OutOfField ?? false,
                });
                changed = true;
            }
            else
            {
                changed |= Change.Set(assignment.Fte, fte, v => assignment.Fte = v);
                if (fields.SubjectPresent) changed |= Change.Set(assignment.Subject, fields.Subject, v => assignment.Subject = v);
                if (fields.OutOfField is { } outOfField) changed |= Change.Set(assignment.OutOfField, outOfField, v => assignment.OutOfField = v);
            }
        }
        foreach (var stale in current.Where(a => desired.All(d => d.SchoolId != a.SchoolId)))
        {
            plan.Removed.Add(stale);
            changed = true;
        }
        return changed;
    }

    /// <summary>Subject and out-of-field values for a person's assignments; null where the file has no such column.</summary>
    public sealed record AssignmentFields(bool SubjectPresent, string? Subject, bool? OutOfField)
    {
        public static readonly AssignmentFields None = new(false, null, null);
    }

    /// <summary>An equal share of a post across <paramref name="count"/> schools, rounded so re-imports compare equal.</summary>
    public static double Share(double total, int count) => Math.Round(total / count, 4);
}
