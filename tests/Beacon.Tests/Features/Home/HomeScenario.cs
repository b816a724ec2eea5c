using System.Text.RegularExpressions;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Communities;
using Beacon.Web.Features.Plans;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.SelfAssessment;
using Beacon.Web.Features.Staff;
using Beacon.Web.Features.Staffing;
using Beacon.Web.Features.Support;
using Beacon.Web.Features.Surveys;
using Beacon.Web.Identity;
using Beacon.Web.Imports;
using Beacon.Web.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Features.Home;

/// <summary>
/// A district with known to-dos and alerts for every role. Alder Elementary is the school of the teacher
/// and the principal; <c>extraSchools</c> more schools, each with the same kinds of records, make the
/// district larger without changing what the teacher or principal of Alder should see.
/// </summary>
public sealed partial record HomeScenario(
    BeaconFactory Factory, TestDistrict District, Guid Alder, Guid Birch, Guid CycleId, Guid SurveyId, Guid CommunityId, Guid MemberId,
    Guid DistrictPlanId, Guid SchoolPlanId, int Indicators,
    TestAccount Teacher, TestAccount Principal, TestAccount Leader, TestAccount Trustee, TestAccount Hr, TestAccount Admin)
{
    public const int TeacherRated = 2;

    public static async Task<HomeScenario> CreateAsync(BeaconFactory factory, int extraSchools = 0)
    {
        var district = await factory.CreateDistrictAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var teacherStaff = Guid.NewGuid();
        var principalStaff = Guid.NewGuid();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        var principal = await factory.CreateAccountAsync(district, Roles.SchoolLeader);
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        var trustee = await factory.CreateAccountAsync(district, Roles.BoardTrustee);
        var hr = await factory.CreateAccountAsync(district, Roles.HumanResources);
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);

        var ids = await factory.InScopeAsync(district.Id, async (sp, db) =>
        {
            var year = new SchoolYear { Name = "2026-27", StartsOn = new DateOnly(2026, 8, 1), EndsOn = new DateOnly(2027, 6, 30) };
            var earlier = new SchoolYear { Name = "2025-26", StartsOn = new DateOnly(2025, 8, 1), EndsOn = new DateOnly(2026, 6, 30) };
            var tier1 = new SupportTier { Id = Guid.NewGuid(), Level = 1, Name = "Tier 1 – universal" };
            var tier2 = new SupportTier { Id = Guid.NewGuid(), Level = 2, Name = "Tier 2 – targeted" };
            var tier3 = new SupportTier { Id = Guid.NewGuid(), Level = 3, Name = "Tier 3 – intensive" };
            db.AddRange(year, earlier, tier1, tier2, tier3);
            var alder = new School { Id = Guid.NewGuid(), SourceId = "alder", Name = "Alder Elementary" };
            var birch = new School { Id = Guid.NewGuid(), SourceId = "birch", Name = "Birch Middle" };
            db.AddRange(alder, birch);

            // Alder: the teacher, the principal and ten more teachers, for a survey rate band.
            var teacherMember = Person(db, alder, "t", StaffRole.Teacher, teacherStaff);
            Person(db, alder, "p", StaffRole.Administrator, principalStaff);
            var colleagues = Enumerable.Range(1, 11).Select(i => Person(db, alder, $"c{i}", StaffRole.Teacher)).ToList();
            Person(db, birch, "b1", StaffRole.Teacher);

            var framework = await db.Frameworks.SingleAsync(f => f.PackKey == "tlc-principles");
            framework.Adopted = true;
            var version = await db.FrameworkVersions.Where(v => v.FrameworkId == framework.Id).OrderByDescending(v => v.Number).FirstAsync();
            var indicators = await db.Indicators.Where(i => i.FrameworkVersionId == version.Id).OrderBy(i => i.Position).Select(i => i.Id).ToListAsync();

            // A self-assessment of Alder: the teacher has rated two indicators; the team agreed on one.
            var cycle = new AssessmentCycle { Id = Guid.NewGuid(), Name = "Alder self-assessment 2026", FrameworkId = framework.Id, FrameworkVersionId = version.Id, School = alder, OpenedAt = DateTimeOffset.UtcNow, OpenedBy = "test" };
            cycle.Members.Add(new CycleMember { UserId = teacher.Id });
            cycle.Members.Add(new CycleMember { UserId = principal.Id });
            db.AssessmentCycles.Add(cycle);
            db.AddRange(indicators.Take(TeacherRated).Select(i => new IndividualRating { CycleId = cycle.Id, IndicatorId = i, UserId = teacher.Id, Level = 2 }));
            db.ConsensusRatings.Add(new ConsensusRating { CycleId = cycle.Id, IndicatorId = indicators[0], Level = 2, UpdatedBy = "test" });
            // A closed cycle asks nothing of anyone.
            var closed = new AssessmentCycle { Name = "Closed cycle", FrameworkId = framework.Id, FrameworkVersionId = version.Id, School = alder, Status = CycleStatus.Closed, OpenedAt = DateTimeOffset.UtcNow, OpenedBy = "test" };
            closed.Members.Add(new CycleMember { UserId = teacher.Id });
            db.AssessmentCycles.Add(closed);

            // An open survey of Alder: 13 invited, 7 answered (not the teacher): the band is 50–74%.
            var survey = new Survey { Id = Guid.NewGuid(), Name = "Staff survey 2026", FrameworkId = framework.Id, FrameworkVersionId = version.Id, OpensOn = today.AddDays(-3), ClosesOn = today.AddDays(10), Status = SurveyStatus.Published, CreatedBy = "test" };
            survey.Schools.Add(new SurveySchool { SchoolId = alder.Id });
            db.Surveys.Add(survey);
            db.SurveyInvitations.Add(new SurveyInvitation { SurveyId = survey.Id, StaffMemberId = teacherMember.Id, SchoolId = alder.Id, RoleGroup = RoleGroups.Teachers });
            db.SurveyInvitations.Add(new SurveyInvitation { SurveyId = survey.Id, StaffMemberId = principalStaff, SchoolId = alder.Id, RoleGroup = RoleGroups.Leaders });
            db.SurveyInvitations.AddRange(colleagues.Select((c, i) => new SurveyInvitation { SurveyId = survey.Id, StaffMemberId = c.Id, SchoolId = alder.Id, RoleGroup = RoleGroups.Teachers, Answered = i < 7 }));
            var draft = new Survey { Name = "Next year's survey", FrameworkId = framework.Id, FrameworkVersionId = version.Id, OpensOn = today.AddDays(30), ClosesOn = today.AddDays(40), Status = SurveyStatus.Draft, CreatedBy = "test" };
            db.Surveys.Add(draft);

            // Alder's PLC meets weekly, two days from now; the teacher tries two techniques and has embedded one.
            var meets = today.AddDays(2);
            var community = new Community
            {
                Id = Guid.NewGuid(),
                Name = "Grade 3 PLC",
                Kind = CommunityKind.SchoolPlc,
                School = alder,
                CreatedAt = DateTimeOffset.UtcNow,
                Frequency = MeetingFrequency.Weekly,
                MeetingDay = meets.DayOfWeek,
                StartTime = new TimeOnly(15, 30),
                FirstMeetingOn = today.AddDays(-28),
            };
            var member = new CommunityMember { Id = Guid.NewGuid(), CommunityId = community.Id, UserId = teacher.Id, DisplayName = "Tia Teacher" };
            db.AddRange(community, member);
            db.ActionPlanItems.AddRange(
                new ActionPlanItem { MemberId = member.Id, TechniqueKey = "a", TechniqueName = "Exit tickets", Status = TechniqueStatus.Trying },
                new ActionPlanItem { MemberId = member.Id, TechniqueKey = "b", TechniqueName = "No hands up", Status = TechniqueStatus.Planned },
                new ActionPlanItem { MemberId = member.Id, TechniqueKey = "c", TechniqueName = "Wait time", Status = TechniqueStatus.Embedded });

            // The district plan: two goals, one on track and one off track in its latest review; Alder's plan under it.
            var districtPlan = new Plan { Id = Guid.NewGuid(), Title = "Riverside strategic plan", StartYear = 2026, Years = 3, CreatedAt = DateTimeOffset.UtcNow };
            var readers = new PlanGoal { Plan = districtPlan, Position = 1, Title = "Every child reads" };
            var attendance = new PlanGoal { Plan = districtPlan, Position = 2, Title = "Every child attends" };
            var oldReview = new ProgressReview { Plan = districtPlan, Year = 2026, Quarter = 1, CreatedBy = "test", SignedOffAt = DateTimeOffset.UtcNow.AddDays(-60), SignedOffBy = "test" };
            oldReview.Goals.Add(new GoalReview { Goal = readers, Status = GoalStatus.OffTrack });
            var review = new ProgressReview { Plan = districtPlan, Year = 2026, Quarter = 2, CreatedBy = "test", SignedOffAt = DateTimeOffset.UtcNow.AddDays(-1), SignedOffBy = "test" };
            review.Goals.Add(new GoalReview { Goal = readers, Status = GoalStatus.OnTrack });
            review.Goals.Add(new GoalReview { Goal = attendance, Status = GoalStatus.OffTrack });
            var schoolPlan = new Plan { Id = Guid.NewGuid(), Title = "Alder plan", School = alder, DistrictPlan = districtPlan, StartYear = 2026, Years = 3, CreatedAt = DateTimeOffset.UtcNow };
            var schoolGoal = new PlanGoal { Plan = schoolPlan, Position = 1, Title = "Alder reads", DistrictGoal = readers };
            var schoolReview = new ProgressReview { Plan = schoolPlan, Year = 2026, Quarter = 2, CreatedBy = "test" };
            schoolReview.Goals.Add(new GoalReview { Goal = schoolGoal, Status = GoalStatus.AtRisk });
            db.AddRange(districtPlan, readers, attendance, oldReview, review, schoolPlan, schoolGoal, schoolReview);
            // The teacher owns three actions of Alder's plan: one overdue, one due soon, one complete; the district plan has one more overdue.
            db.PlanActions.AddRange(
                new PlanAction { PlanId = schoolPlan.Id, Title = "Run reading circles", OwnerUserId = teacher.Id, DueOn = today.AddDays(-5), Status = ActionStatus.InProgress },
                new PlanAction { PlanId = schoolPlan.Id, Title = "Share exit-ticket data", OwnerUserId = teacher.Id, DueOn = today.AddDays(7) },
                new PlanAction { PlanId = schoolPlan.Id, Title = "Buy books", OwnerUserId = teacher.Id, DueOn = today.AddDays(-30), Status = ActionStatus.Complete },
                new PlanAction { PlanId = districtPlan.Id, Title = "Publish attendance data", DueOn = today.AddDays(-2) });

            // Alder: one open and one escalated flag (one resolved), moved from tier 2 to tier 3; Birch in tier 1.
            db.SchoolFlags.AddRange(
                new SchoolFlag { School = alder, Reason = "Reading below threshold", Status = FlagStatus.Open, RaisedAt = DateTimeOffset.UtcNow, RaisedBy = "test" },
                new SchoolFlag { School = alder, Reason = "Attendance decline", Status = FlagStatus.Escalated, RaisedAt = DateTimeOffset.UtcNow, RaisedBy = "test" },
                new SchoolFlag { School = alder, Reason = "Old concern", Status = FlagStatus.Resolved, RaisedAt = DateTimeOffset.UtcNow, RaisedBy = "test" });
            db.TierAssignments.AddRange(
                new TierAssignment { School = alder, TierId = tier2.Id, TierName = tier2.Name, Supports = "", AssignedAt = DateTimeOffset.UtcNow.AddDays(-90), AssignedBy = "test" },
                new TierAssignment { School = alder, TierId = tier3.Id, TierName = tier3.Name, Supports = "", AssignedAt = DateTimeOffset.UtcNow.AddDays(-10), AssignedBy = "test" },
                new TierAssignment { School = birch, TierId = tier1.Id, TierName = tier1.Name, Supports = "", AssignedAt = DateTimeOffset.UtcNow.AddDays(-10), AssignedBy = "test" });

            // Vacancies in the latest year: Alder 1.5, Birch 2; the earlier year's do not count.
            db.StaffingPositions.AddRange(
                new StaffingPosition { School = alder, SchoolYear = year, PositionKind = "Teacher", Vacancies = 1.5m },
                new StaffingPosition { School = birch, SchoolYear = year, PositionKind = "Teacher", Vacancies = 2m },
                new StaffingPosition { School = birch, SchoolYear = earlier, PositionKind = "Teacher", Vacancies = 9m });

            // Imports: one applied, one waiting for confirmation. Mail: one waiting, one failed.
            db.ImportRuns.AddRange(
                new ImportRun { Kind = ImportKind.Schools, FileName = "schools.csv", UploadedAt = DateTimeOffset.UtcNow.AddHours(-2), UploadedBy = "admin", Status = ImportStatus.Applied, AppliedAt = DateTimeOffset.UtcNow.AddHours(-2), Created = 40, Updated = 2, Unchanged = 1 },
                new ImportRun { Kind = ImportKind.Staff, FileName = "staff.csv", UploadedAt = DateTimeOffset.UtcNow.AddHours(-1), UploadedBy = "admin", Status = ImportStatus.AwaitingConfirmation });
            db.OutboxMails.AddRange(
                new OutboxMail { DistrictId = district.Id, ToAddress = "a@x.example", ToName = "A", Subject = "Hello", Status = OutboxStatus.Queued, QueuedAt = DateTimeOffset.UtcNow, NextAttemptAt = DateTimeOffset.UtcNow },
                new OutboxMail { DistrictId = district.Id, ToAddress = "b@x.example", ToName = "B", Subject = "Hello", Status = OutboxStatus.Failed, QueuedAt = DateTimeOffset.UtcNow, NextAttemptAt = DateTimeOffset.UtcNow, Attempts = 10, LastError = "refused" });

            for (var i = 0; i < extraSchools; i++)
            {
                AddSchool(db, $"x{i}", year, tier1, today);
            }
            await db.SaveChangesAsync();

            // One person invited who has not set a password.
            var users = sp.GetRequiredService<UserManager<BeaconUser>>();
            var invited = new BeaconUser { UserName = $"invited.{district.Slug}@test.example", Email = $"invited.{district.Slug}@test.example", DisplayName = "Ivy Invited", DistrictId = district.Id };
            Assert.True((await users.CreateAsync(invited)).Succeeded);
            return (alder.Id, birch.Id, cycle.Id, survey.Id, community.Id, member.Id, districtPlan.Id, schoolPlan.Id, indicators.Count);
        });
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            await db.Users.Where(u => u.Id == teacher.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.StaffMemberId, teacherStaff));
            await db.Users.Where(u => u.Id == principal.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.StaffMemberId, principalStaff));
        });
        return new HomeScenario(factory, district, ids.Item1, ids.Item2, ids.Item3, ids.Item4, ids.Item5, ids.Item6, ids.Item7, ids.Item8, ids.Item9,
            teacher, principal, leader, trustee, hr, admin);
    }

    private static StaffMember Person(Beacon.Web.Data.BeaconDbContext db, School school, string sourceId, StaffRole role, Guid? id = null)
    {
        var person = new StaffMember { Id = id ?? Guid.NewGuid(), SourceId = $"{school.SourceId}-{sourceId}", GivenName = sourceId, FamilyName = "Staff", Role = role };
        person.Assignments.Add(new StaffAssignment { School = school });
        db.StaffMembers.Add(person);
        return person;
    }

    /// <summary>Another school with records of every kind a home counts, none of them Alder's.</summary>
    private static void AddSchool(Beacon.Web.Data.BeaconDbContext db, string sourceId, SchoolYear year, SupportTier tier, DateOnly today)
    {
        var school = new School { Id = Guid.NewGuid(), SourceId = sourceId, Name = $"School {sourceId}" };
        db.Schools.Add(school);
        for (var i = 0; i < 3; i++)
        {
            Person(db, school, $"s{i}", StaffRole.Teacher);
        }
        var plan = new Plan { Id = Guid.NewGuid(), Title = $"Plan {sourceId}", School = school, StartYear = 2026, Years = 3, CreatedAt = DateTimeOffset.UtcNow };
        db.Plans.Add(plan);
        db.PlanGoals.Add(new PlanGoal { Plan = plan, Position = 1, Title = "Goal" });
        db.PlanActions.Add(new PlanAction { PlanId = plan.Id, Title = "Action", DueOn = today.AddDays(10) });
        db.SchoolFlags.Add(new SchoolFlag { School = school, Reason = "Resolved", Status = FlagStatus.Resolved, RaisedAt = DateTimeOffset.UtcNow, RaisedBy = "test" });
        db.TierAssignments.Add(new TierAssignment { School = school, TierId = tier.Id, TierName = tier.Name, Supports = "", AssignedAt = DateTimeOffset.UtcNow.AddDays(-5), AssignedBy = "test" });
        db.StaffingPositions.Add(new StaffingPosition { School = school, SchoolYear = year, PositionKind = "Teacher", Vacancies = 0m });
        db.Communities.Add(new Community { Name = $"PLC {sourceId}", School = school, CreatedAt = DateTimeOffset.UtcNow });
    }

    public Task<BrowserlessClient> SignInAsync(TestAccount account) => BrowserlessClient.SignedInAsync(Factory, account);

    /// <summary>The lines of a home page: section, item key, count and text, in page order.</summary>
    public static IReadOnlyList<HomeLine> Lines(string page)
    {
        var lines = new List<HomeLine>();
        foreach (Match section in SectionPattern().Matches(page))
        {
            foreach (Match item in ItemPattern().Matches(section.Groups["body"].Value))
            {
                var text = System.Net.WebUtility.HtmlDecode(TagPattern().Replace(item.Groups["body"].Value, " "));
                lines.Add(new HomeLine(section.Groups["key"].Value, item.Groups["key"].Value,
                    item.Groups["count"].Value.Length == 0 ? null : int.Parse(item.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture),
                    SpacePattern().Replace(text, " ").Trim()));
            }
        }
        return lines;
    }

    [GeneratedRegex("data-home-section=\"(?<key>[^\"]+)\"(?<body>.*?)</section>", RegexOptions.Singleline)]
    private static partial Regex SectionPattern();

    [GeneratedRegex("data-home-item=\"(?<key>[^\"]+)\"(?: data-count=\"(?<count>[^\"]*)\")?[^>]*>(?<body>.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex ItemPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("\\s+")]
    private static partial Regex SpacePattern();
}

public sealed record HomeLine(string Section, string Key, int? Count, string Text);
