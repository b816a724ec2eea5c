using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Plans;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Staff;

namespace Beacon.Tests.Features.Plans;

/// <summary>Builds plans straight in the database for tests that are about reading or checking them.</summary>
public static class PlanData
{
    public static Task<Guid> DistrictPlanAsync(BeaconFactory factory, TestDistrict district, params string[] goals) =>
        factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var plan = new Plan
            {
                Id = Guid.CreateVersion7(),
                Title = "Strategic plan 2025-2028",
                StartYear = 2025,
                Years = 3,
                Mission = "Every student learns and thrives.",
                Vision = "Graduates ready for any path.",
            };
            for (var i = 0; i < goals.Length; i++)
            {
                plan.Goals.Add(new PlanGoal { Id = Guid.CreateVersion7(), Position = i + 1, Title = goals[i] });
            }
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            return plan.Id;
        });

    public static Task<Guid> SchoolPlanAsync(BeaconFactory factory, TestDistrict district, Guid districtPlanId, Guid schoolId) =>
        factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var plan = new Plan { Id = Guid.CreateVersion7(), Title = "School plan", SchoolId = schoolId, DistrictPlanId = districtPlanId, StartYear = 2025, Years = 3 };
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            return plan.Id;
        });

    public static Task<Guid> GoalIdAsync(BeaconFactory factory, TestDistrict district, Guid planId, int position) =>
        factory.InScopeAsync(district.Id, (_, db) =>
            Task.FromResult(db.PlanGoals.Where(g => g.PlanId == planId && g.Position == position).Select(g => g.Id).First()));

    /// <summary>A school with one staff member (to give a school leader account their school).</summary>
    public static Task<(Guid SchoolId, Guid StaffId)> SchoolWithStaffAsync(BeaconFactory factory, TestDistrict district, string name, int? enrollment = 400) =>
        factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var school = new School { Id = Guid.CreateVersion7(), SourceId = $"s-{Guid.NewGuid():N}", Name = name, Enrollment = enrollment };
            var staff = new StaffMember { Id = Guid.CreateVersion7(), SourceId = $"t-{Guid.NewGuid():N}", GivenName = "Pat", FamilyName = name, Role = StaffRole.Administrator };
            staff.Assignments.Add(new StaffAssignment { SchoolId = school.Id });
            db.AddRange(school, staff);
            await db.SaveChangesAsync();
            return (school.Id, staff.Id);
        });
}
