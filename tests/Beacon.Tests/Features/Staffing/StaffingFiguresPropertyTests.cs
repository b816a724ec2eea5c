using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Metrics;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Staff;
using Beacon.Web.Features.Staffing;
using CsCheck;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Features.Staffing;

/// <summary>
/// The staffing figures kept in memory under the district's staffing version always equal a
/// recomputation from the staff rows: after random hires, departures, rating, role, FTE, poverty and
/// enrollment changes, and recorded years, each saved in its own scope as a page would.
/// </summary>
[Trait("Category", "Database")]
public class StaffingFiguresPropertyTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    public enum Change
    {
        Hire,
        Leave,
        Rate,
        Promote,
        Fte,
        Poverty,
        Enrollment,
        Record,
    }

    public sealed record Write(Change Change, int Pick, int Value);

    private static readonly Gen<Write> Writes =
        from change in Gen.Enum<Change>()
        from pick in Gen.Int[0, 1000]
        from value in Gen.Int[0, 100]
        select new Write(change, pick, value);

    [Fact]
    public async Task Figures_RandomWrites_EqualRecomputationFromRows()
    {
        var district = await factory.CreateDistrictAsync();
        var year = await EquityFixture.CreateAsync(factory, district);
        await Writes.Array[1, 6].SampleAsync(async batch =>
        {
            // Read first, so every check below compares figures that were cached before the writes.
            await FiguresAsync(district, year, cached: true);
            foreach (var write in batch)
            {
                await factory.InScopeAsync(district.Id, (sp, db) => ApplyAsync(sp, db, write, year));
            }
            Assert.Equal(await FiguresAsync(district, year, cached: false), await FiguresAsync(district, year, cached: true));
            Assert.Equal(await FiguresAsync(district, null, cached: false), await FiguresAsync(district, null, cached: true));
        }, iter: 15, threads: 1);
    }

    private Task<List<SchoolStaffing>> FiguresAsync(TestDistrict district, Guid? year, bool cached) =>
        factory.InScopeAsync(district.Id, async (sp, _) =>
        {
            var query = sp.GetRequiredService<EquityQuery>();
            var figures = cached ? await query.SchoolsAsync(year, 3) : await query.ComputeSchoolsAsync(year, 3);
            return figures.OrderBy(s => s.SchoolId).ToList();
        });

    private static async Task ApplyAsync(IServiceProvider services, Beacon.Web.Data.BeaconDbContext db, Write write, Guid year)
    {
        var schools = await db.Schools.OrderBy(s => s.Name).ToListAsync();
        var school = schools[write.Pick % schools.Count];
        var assignments = await db.StaffAssignments.Include(a => a.StaffMember).OrderBy(a => a.Id).ToListAsync();
        var assignment = assignments.Count == 0 ? null : assignments[write.Pick % assignments.Count];
        switch (write.Change)
        {
            case Change.Hire:
                var member = new StaffMember
                {
                    SourceId = Guid.NewGuid().ToString("N"),
                    GivenName = "New",
                    FamilyName = "Hire",
                    Role = StaffRole.Teacher,
                    YearsOfExperience = write.Value % 8,
                    Effectiveness = (EffectivenessRating)(write.Value % 4 + 1),
                    Certification = (CertificationStatus)(write.Value % 3),
                };
                member.Assignments.Add(new StaffAssignment { SchoolId = school.Id, Fte = (write.Value % 4 + 1) / 4.0, OutOfField = write.Value % 5 == 0 });
                db.StaffMembers.Add(member);
                break;
            case Change.Leave when assignment is not null:
                db.StaffAssignments.Remove(assignment);
                break;
            case Change.Rate when assignment is not null:
                assignment.StaffMember!.Effectiveness = (EffectivenessRating)(write.Value % 4 + 1);
                assignment.StaffMember.YearsOfExperience = write.Value % 6;
                break;
            case Change.Promote when assignment is not null:
                assignment.StaffMember!.Role = assignment.StaffMember.Role == StaffRole.Teacher ? StaffRole.Coach : StaffRole.Teacher;
                break;
            case Change.Fte when assignment is not null:
                assignment.Fte = (write.Value % 4 + 1) / 4.0;
                assignment.OutOfField = !assignment.OutOfField;
                break;
            case Change.Poverty:
                var poverty = await db.SchoolMetrics.FirstOrDefaultAsync(m => m.SchoolId == school.Id && m.SchoolYearId == year && m.Measure!.Code == Measure.PovertyCode);
                if (poverty is null)
                {
                    school.PovertyPercent = write.Value;
                }
                else
                {
                    poverty.Value = write.Value;
                }
                break;
            case Change.Enrollment:
                school.Enrollment = 100 + write.Value * 5;
                break;
            case Change.Record:
                await services.GetRequiredService<StaffingRecorder>().RecordAsync(year);
                return;
            default:
                return;
        }
        await db.SaveChangesAsync();
    }
}
