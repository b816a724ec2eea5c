using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Frameworks;
using Beacon.Web.Features.Research;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Staff;

namespace Beacon.Tests.Features.Research;

/// <summary>
/// Two schools. Oak: author A and reviewer R (a coach). Pine: co-author B and an outsider O. A framework with
/// indicators I1, I2 and I3. Already there: "Fractions talk" (published, I1, by B at Pine), "Reading aloud"
/// (published, I2 only, by O at Pine) and "Unfinished" (in progress, I1, by O): so the library searched by I1
/// holds "Fractions talk" and whatever A publishes with I1, never the other two.
/// </summary>
public sealed record ResearchFixture(Guid Oak, Guid Pine, Guid A, Guid B, Guid R, Guid O, Guid I1, Guid I2, Guid I3, Guid FractionsTalk, Guid ReadingAloud, Guid Unfinished)
{
    public static string EmailOf(Guid staffId) => $"staff.{staffId:N}@test.example";

    public static async Task<ResearchFixture> CreateAsync(BeaconFactory factory, TestDistrict district) =>
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var oak = new School { SourceId = "oak", Name = "Oak Middle", GradeBand = GradeBand.Middle };
            var pine = new School { SourceId = "pine", Name = "Pine Middle", GradeBand = GradeBand.Middle };
            db.AddRange(oak, pine);
            StaffMember Person(string given, School school, StaffRole role)
            {
                var id = Guid.NewGuid();
                var member = new StaffMember { Id = id, SourceId = id.ToString("N"), GivenName = given, FamilyName = "Tester", Email = EmailOf(id), Role = role };
                member.Assignments.Add(new StaffAssignment { School = school, Subject = "Mathematics" });
                db.StaffMembers.Add(member);
                return member;
            }
            var a = Person("Ada", oak, StaffRole.Teacher);
            var b = Person("Bo", pine, StaffRole.Teacher);
            var r = Person("Rae", oak, StaffRole.Coach);
            var o = Person("Omar", pine, StaffRole.Teacher);
            var framework = FrameworkEntities.NewFramework(new FrameworkDocument
            {
                Name = "Teaching framework",
                Rubric = DefaultRubric.Levels(),
                Domains = [new DomainDocument("T", "Teaching") { Indicators = [new IndicatorDocument("T.1", "Checks for understanding"), new IndicatorDocument("T.2", "Reads aloud"), new IndicatorDocument("T.3", "Sets goals")] }],
            }, null, adopted: true, "test", DateTimeOffset.UtcNow);
            db.Frameworks.Add(framework);
            var indicators = framework.Versions[0].Indicators.OrderBy(i => i.Code).Select(i => i.Id).ToList();
            ResearchProject Project(string title, ResearchStage stage, StaffMember author, School school, Guid indicator)
            {
                var project = new ResearchProject { Title = title, Question = $"{title}?", Stage = stage, Subject = "Mathematics", GradeBand = GradeBand.Middle };
                project.PublishedOn = stage == ResearchStage.Published ? new DateOnly(2026, 3, 1) : null;
                project.Members.Add(new ResearchMember { StaffMemberId = author.Id, Role = ResearchRole.Author, SchoolId = school.Id });
                project.Indicators.Add(new ResearchIndicator { IndicatorId = indicator });
                db.ResearchProjects.Add(project);
                return project;
            }
            var fractions = Project("Fractions talk", ResearchStage.Published, b, pine, indicators[0]);
            var reading = Project("Reading aloud", ResearchStage.Published, o, pine, indicators[1]);
            var unfinished = Project("Unfinished", ResearchStage.InProgress, o, pine, indicators[0]);
            await db.SaveChangesAsync();
            return new ResearchFixture(oak.Id, pine.Id, a.Id, b.Id, r.Id, o.Id, indicators[0], indicators[1], indicators[2], fractions.Id, reading.Id, unfinished.Id);
        });
}
