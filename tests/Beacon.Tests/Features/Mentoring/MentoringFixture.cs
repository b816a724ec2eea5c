using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Staff;

namespace Beacon.Tests.Features.Mentoring;

/// <summary>
/// Two schools. Oak: principal P, new teachers A (maths, 0 years) and B (English, 1 year), mentors X (maths,
/// 12 years) and Y (English, 10 years). Pine: new teacher C (maths, 1 year), mentor Z (maths, 8 years).
/// The best assignment is A–X, B–Y, C–Z (same subject and school each).
/// </summary>
public sealed record MentoringFixture(Guid Oak, Guid Pine, Guid P, Guid A, Guid B, Guid C, Guid X, Guid Y, Guid Z)
{
    public static string EmailOf(Guid staffId) => $"staff.{staffId:N}@test.example";

    public static async Task<MentoringFixture> CreateAsync(BeaconFactory factory, TestDistrict district) =>
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var oak = new School { SourceId = "oak", Name = "Oak Elementary", GradeBand = GradeBand.Elementary };
            var pine = new School { SourceId = "pine", Name = "Pine Elementary", GradeBand = GradeBand.Elementary };
            db.AddRange(oak, pine);
            StaffMember Person(string given, School school, StaffRole role, int years, string? subject)
            {
                var id = Guid.NewGuid();
                var member = new StaffMember
                {
                    Id = id,
                    SourceId = id.ToString("N"),
                    GivenName = given,
                    FamilyName = "Tester",
                    Email = EmailOf(id),
                    Role = role,
                    YearsOfExperience = years,
                    Effectiveness = EffectivenessRating.Effective,
                };
                member.Assignments.Add(new StaffAssignment { School = school, Subject = subject });
                db.StaffMembers.Add(member);
                return member;
            }
            var p = Person("Paula", oak, StaffRole.Administrator, 20, null);
            var a = Person("Alex", oak, StaffRole.Teacher, 0, "Mathematics");
            var b = Person("Bea", oak, StaffRole.Teacher, 1, "English");
            var c = Person("Cal", pine, StaffRole.Teacher, 1, "Mathematics");
            var x = Person("Xavi", oak, StaffRole.Teacher, 12, "Mathematics");
            var y = Person("Yara", oak, StaffRole.Teacher, 10, "English");
            var z = Person("Zed", pine, StaffRole.Teacher, 8, "Mathematics");
            await db.SaveChangesAsync();
            return new MentoringFixture(oak.Id, pine.Id, p.Id, a.Id, b.Id, c.Id, x.Id, y.Id, z.Id);
        });
}
