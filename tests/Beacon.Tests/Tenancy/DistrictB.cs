using Beacon.Tests.Infrastructure;
using Beacon.Web.Data;
using Beacon.Web.Features.Communities;
using Beacon.Web.Features.Frameworks;
using Beacon.Web.Features.Metrics;
using Beacon.Web.Features.Plans;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.SelfAssessment;
using Beacon.Web.Features.Staff;
using Beacon.Web.Features.Staffing;
using Beacon.Web.Features.Surveys;
using Beacon.Web.Features.Support;
using Beacon.Web.Identity;
using Beacon.Web.Imports;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Tenancy;

/// <summary>
/// A district holding one record of every kind, each carrying a marker string that must never
/// appear in a response to a user of another district.
/// </summary>
public sealed record DistrictB(TestDistrict District, IReadOnlyDictionary<string, string> Ids, TestAccount Administrator)
{
    public const string Marker = "Zanzibar";

    public static async Task<DistrictB> CreateAsync(BeaconFactory factory)
    {
        var district = await factory.CreateDistrictAsync($"{Marker} County Schools");
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        var ids = await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var school = new School { SourceId = "zz-1", Name = $"{Marker} Elementary", Address = $"1 {Marker} Road", Enrollment = 300, PovertyPercent = 40 };
            var staff = new StaffMember { SourceId = "zz-t1", GivenName = Marker, FamilyName = $"{Marker}son", Email = "zanzibar@b.example" };
            staff.Assignments.Add(new StaffAssignment { School = school });
            var year = new SchoolYear { Name = "2025-26", StartsOn = new DateOnly(2025, 8, 1), EndsOn = new DateOnly(2026, 6, 30) };
            var measure = new Measure { Code = "zanzibar_index", Name = $"{Marker} index" };
            var metric = new SchoolMetric { School = school, SchoolYear = year, Measure = measure, Value = 42 };
            var import = new ImportRun
            {
                Kind = ImportKind.Schools, FileName = $"{Marker}.csv", UploadedAt = DateTimeOffset.UtcNow,
                UploadedBy = Marker, Status = ImportStatus.AwaitingConfirmation, Content = "school_id,name\nzz-2,Zanzibar High\n"u8.ToArray(),
            };
            var scenario = new AllocationScenario
            {
                Name = $"{Marker} scenario", PositionKind = "Coach", SchoolYear = year, TotalPositions = 1, CostPerPosition = 1000,
                CreatedAt = DateTimeOffset.UtcNow, CreatedBy = Marker, IsDecision = true, DecisionRationale = Marker,
            };
            scenario.Schools.Add(new ScenarioSchool { School = school, Need = 40, Maximum = 2, Positions = 1 });
            var extra = new ExtraPosition { School = school, SchoolYearId = year.Id, PositionKind = "Coach", Positions = 1, ScenarioId = scenario.Id };
            var plan = new Plan { Id = Guid.CreateVersion7(), Title = $"{Marker} strategic plan", StartYear = 2025, Years = 3, Mission = Marker, Vision = Marker };
            var goal = new PlanGoal { Plan = plan, Position = 1, Title = $"{Marker} goal" };
            var planMeasure = new PlanMeasure { Goal = goal, Name = $"{Marker} measure", MetricMeasure = measure, Baseline = 40 };
            planMeasure.YearValues.Add(new MeasureYear { Year = 2025, Target = 45, EnteredActual = 41 });
            var strategy = new Strategy { PlanId = plan.Id, Goal = goal, Title = $"{Marker} strategy" };
            var action = new PlanAction { PlanId = plan.Id, Strategy = strategy, Title = $"{Marker} action", OwnerName = Marker, DueOn = new DateOnly(2025, 9, 1) };
            var review = new ProgressReview { Plan = plan, Year = 2025, Quarter = 1, CreatedAt = DateTimeOffset.UtcNow, CreatedBy = Marker };
            review.Goals.Add(new GoalReview { Goal = goal, Status = GoalStatus.AtRisk, Narrative = Marker });
            var record = new StaffYearRecord { SchoolYear = year, StaffMemberId = staff.Id, School = school, Fte = 1 };
            var position = new StaffingPosition { School = school, SchoolYear = year, PositionKind = $"{Marker} post", Vacancies = 1 };
            var needIndex = new NeedIndexSettings { PovertyWeight = 1, ResultsWeight = 1, ResultsMeasure = measure };
            var incentive = new IncentiveRule { Name = $"{Marker} bonus", MinimumPovertyPercent = 1, AmountPerYear = 100, CreatedAt = DateTimeOffset.UtcNow };
            var framework = FrameworkEntities.NewFramework(new FrameworkDocument
            {
                Name = $"{Marker} framework",
                Rubric = DefaultRubric.Levels(),
                Domains = [new DomainDocument("Z", $"{Marker} domain") { Indicators = [new IndicatorDocument("Z.1", $"{Marker} indicator")] }],
            }, null, adopted: true, Marker, DateTimeOffset.UtcNow);
            var version = framework.Versions[0];
            var indicator = version.Indicators[0];
            strategy.Indicators.Add(new StrategyIndicator { IndicatorId = indicator.Id });
            var cycle = new AssessmentCycle
            {
                Id = Guid.CreateVersion7(), Name = $"{Marker} cycle", FrameworkId = framework.Id, FrameworkVersionId = version.Id, School = school,
                OpenedAt = DateTimeOffset.UtcNow, OpenedBy = Marker,
            };
            cycle.Members.Add(new CycleMember { UserId = admin.Id });
            var rating = new IndividualRating { CycleId = cycle.Id, IndicatorId = indicator.Id, UserId = admin.Id, Level = 2, Comment = $"{Marker} comment" };
            var consensus = new ConsensusRating { CycleId = cycle.Id, IndicatorId = indicator.Id, Level = 2, Notes = $"{Marker} notes", UpdatedBy = Marker };
            var priority = new CyclePriority { CycleId = cycle.Id, IndicatorId = indicator.Id, MarkedBy = Marker };
            var evidence = new Evidence
            {
                CycleId = cycle.Id, IndicatorId = indicator.Id, Kind = EvidenceKind.File, FileName = $"{Marker}.txt", ContentType = "text/plain",
                Content = "Zanzibar evidence"u8.ToArray(), Size = 17, AddedBy = Marker,
            };
            db.AddRange(school, staff, year, measure, metric, import, scenario, extra, record, incentive, needIndex, position, framework, cycle);
            await db.SaveChangesAsync();
            var survey = new Survey
            {
                Id = Guid.CreateVersion7(), Name = $"{Marker} survey", FrameworkId = framework.Id, FrameworkVersionId = version.Id,
                OpensOn = new DateOnly(2025, 1, 1), ClosesOn = new DateOnly(2099, 1, 1), Status = SurveyStatus.Published, CreatedBy = Marker,
            };
            var surveyItem = new SurveyItem { Id = Guid.NewGuid(), SurveyId = survey.Id, Position = 1, IndicatorCode = "Z.1", StandardCode = "Z", StandardName = $"{Marker} standard", Text = $"{Marker} statement" };
            survey.Items.Add(surveyItem);
            survey.Schools.Add(new SurveySchool { Id = Guid.NewGuid(), SurveyId = survey.Id, SchoolId = school.Id });
            var invitation = new SurveyInvitation { Id = Guid.NewGuid(), SurveyId = survey.Id, StaffMemberId = staff.Id, SchoolId = school.Id, RoleGroup = RoleGroups.Teachers, TokenHash = Marker };
            var draft = new SurveyDraft { InvitationId = invitation.Id, Answers = "{}", Comment = $"{Marker} draft" };
            var response = new SurveyResponse { Id = Guid.NewGuid(), SurveyId = survey.Id, SchoolId = school.Id, RoleGroup = RoleGroups.Teachers, Comment = $"{Marker} comment" };
            var answer = new SurveyAnswer { ResponseId = response.Id, ItemId = surveyItem.Id, SurveyId = survey.Id, SchoolId = school.Id, RoleGroup = RoleGroups.Teachers, Value = 4 };
            db.AddRange(survey, invitation, response);
            await db.SaveChangesAsync();
            db.AddRange(draft, answer);
            var release = new SurveyRelease { Id = Guid.NewGuid(), SurveyId = survey.Id, Number = 1, ReleasedOn = new DateOnly(2025, 2, 1), Minimum = 5, Respondents = 5, Final = true };
            release.Cells.Add(new SurveyReleaseCell { SchoolId = school.Id, RoleGroup = RoleGroups.Teachers, Respondents = 5 });
            db.AddRange(release,
                new SurveyReleaseFigure { ReleaseId = release.Id, SchoolId = school.Id, RoleGroup = RoleGroups.Teachers, ItemId = surveyItem.Id, Count = 5, Sum = 20, Chose4 = 5 },
                new SurveyReleaseComment { Id = Guid.NewGuid(), ReleaseId = release.Id, SchoolId = school.Id, RoleGroup = RoleGroups.Teachers, Text = $"{Marker} released comment" });
            db.AddRange(rating, consensus, priority, evidence);
            db.AddRange(plan, goal, planMeasure, strategy, action, review);
            await db.SaveChangesAsync();
            var (support, supportIds) = SupportRecords(school, measure);
            db.AddRange(support);
            var community = new Community
            {
                Id = Guid.CreateVersion7(), Name = $"{Marker} network", Kind = CommunityKind.Network, School = school, Focus = Marker,
                CreatedAt = DateTimeOffset.UtcNow, Frequency = MeetingFrequency.Monthly, MeetingDay = DayOfWeek.Tuesday, WeekOfMonth = 2,
                StartTime = new TimeOnly(16, 0), FirstMeetingOn = new DateOnly(2025, 9, 1),
            };
            var member = new CommunityMember { Id = Guid.CreateVersion7(), CommunityId = community.Id, UserId = admin.Id, DisplayName = $"{Marker} facilitator", Role = MemberRole.Facilitator, Training = Marker };
            community.Members.Add(member);
            community.Indicators.Add(new CommunityIndicator { IndicatorId = indicator.Id });
            community.Exceptions.Add(new ScheduleException { OccursOn = new DateOnly(2025, 10, 14), Note = Marker });
            var planItem = new ActionPlanItem { Id = Guid.CreateVersion7(), MemberId = member.Id, TechniqueKey = "zanzibar", TechniqueName = $"{Marker} technique", Adaptation = Marker };
            var technique = new DistrictTechnique { Name = $"{Marker} technique", Description = Marker };
            var settings = new CommunitySettings { MaxActiveTechniques = 2 };
            var meeting = new Meeting { Id = Guid.CreateVersion7(), CommunityId = community.Id, StartsAt = DateTimeOffset.UtcNow, TemplateName = Marker, Summary = Marker };
            meeting.Items.Add(new MeetingItem { Title = $"{Marker} item", Notes = Marker });
            meeting.Attendance.Add(new MeetingAttendance { MemberId = member.Id, Present = true });
            meeting.CheckIns.Add(new CheckIn { MemberId = member.Id, PlanItemId = planItem.Id, Report = Marker });
            var template = new AgendaTemplate { Name = $"{Marker} agenda" };
            template.Items.Add(new AgendaTemplateItem { Title = $"{Marker} step", Minutes = 10 });
            var feed = new CalendarFeed { TokenHash = CalendarTokens.Hash(Marker), CommunityId = community.Id };
            var networkMembership = new NetworkMembership { NetworkId = community.Id };
            db.AddRange(community, technique, settings, template);
            await db.SaveChangesAsync();
            db.AddRange(planItem, feed, networkMembership);
            await db.SaveChangesAsync();
            db.Add(meeting);
            await db.SaveChangesAsync();
            var audit = await db.AuditEntries.OrderBy(a => a.At).Select(a => a.Id).FirstAsync();
            return new Dictionary<string, string>(supportIds)
            {
                ["School"] = school.Id.ToString(),
                ["StaffMember"] = staff.Id.ToString(),
                ["StaffAssignment"] = staff.Assignments[0].Id.ToString(),
                ["SchoolYear"] = year.Id.ToString(),
                ["Measure"] = measure.Id.ToString(),
                ["SchoolMetric"] = metric.Id.ToString(),
                ["ImportRun"] = import.Id.ToString(),
                ["AuditEntry"] = audit.ToString(),
                ["AllocationScenario"] = scenario.Id.ToString(),
                ["ScenarioSchool"] = scenario.Schools[0].Id.ToString(),
                ["ExtraPosition"] = extra.Id.ToString(),
                ["Plan"] = plan.Id.ToString(),
                ["PlanGoal"] = goal.Id.ToString(),
                ["PlanMeasure"] = planMeasure.Id.ToString(),
                ["MeasureYear"] = planMeasure.YearValues[0].Id.ToString(),
                ["Strategy"] = strategy.Id.ToString(),
                ["StrategyIndicator"] = strategy.Indicators[0].Id.ToString(),
                ["PlanAction"] = action.Id.ToString(),
                ["ProgressReview"] = review.Id.ToString(),
                ["GoalReview"] = review.Goals[0].Id.ToString(),
                ["StaffYearRecord"] = record.Id.ToString(),
                ["IncentiveRule"] = incentive.Id.ToString(),
                ["NeedIndexSettings"] = needIndex.Id.ToString(),
                ["StaffingPosition"] = position.Id.ToString(),
                ["User"] = admin.Id,
                ["District"] = district.Id.ToString(),
                ["Framework"] = framework.Id.ToString(),
                ["FrameworkVersion"] = version.Id.ToString(),
                ["FrameworkDomain"] = version.Domains[0].Id.ToString(),
                ["Indicator"] = indicator.Id.ToString(),
                ["AssessmentCycle"] = cycle.Id.ToString(),
                ["Evidence"] = evidence.Id.ToString(),
                ["Survey"] = survey.Id.ToString(),
                ["SurveyItem"] = surveyItem.Id.ToString(),
                ["SurveyInvitation"] = invitation.Id.ToString(),
                ["SurveyResponse"] = response.Id.ToString(),
                ["Community"] = community.Id.ToString(),
                ["CommunityMember"] = member.Id.ToString(),
                ["CommunityIndicator"] = community.Indicators[0].Id.ToString(),
                ["ScheduleException"] = community.Exceptions[0].Id.ToString(),
                ["ActionPlanItem"] = planItem.Id.ToString(),
                ["DistrictTechnique"] = technique.Id.ToString(),
                ["CommunitySettings"] = settings.Id.ToString(),
                ["Meeting"] = meeting.Id.ToString(),
                ["MeetingItem"] = meeting.Items[0].Id.ToString(),
                ["MeetingAttendance"] = meeting.Attendance[0].Id.ToString(),
                ["CheckIn"] = meeting.CheckIns[0].Id.ToString(),
                ["AgendaTemplate"] = template.Id.ToString(),
                ["AgendaTemplateItem"] = template.Items[0].Id.ToString(),
                ["CalendarFeed"] = feed.Id.ToString(),
                ["NetworkMembership"] = networkMembership.Id.ToString(),
            };
        });
        return new DistrictB(district, ids, admin);
    }

    /// <summary>One record of each kind the support feature keeps, all on district B's school.</summary>
    private static (object[] Records, Dictionary<string, string> Ids) SupportRecords(School school, Measure measure)
    {
        var partner = new School { Id = Guid.CreateVersion7(), SourceId = "zz-2", Name = $"{Marker} Middle" };
        var settings = new SupportSettings { Id = Guid.CreateVersion7(), Threshold = 42, DeclineYears = 2, BottomSharePercent = 10 };
        var weight = new MeasureWeight { Id = Guid.CreateVersion7(), MeasureId = measure.Id, Weight = 2 };
        var flag = new SchoolFlag { Id = Guid.CreateVersion7(), School = school, Origin = FlagOrigin.Judgment, Reason = $"{Marker} concern", RaisedBy = Marker, RaisedAt = DateTimeOffset.UtcNow };
        var flagEvent = new FlagEvent { Id = Guid.CreateVersion7(), FlagId = flag.Id, Status = FlagStatus.Open, Note = $"{Marker} raised", By = Marker, At = DateTimeOffset.UtcNow };
        var tier = new SupportTier { Id = Guid.CreateVersion7(), Level = 2, Name = $"{Marker} tier" };
        var tierSupport = new TierSupport { Id = Guid.CreateVersion7(), TierId = tier.Id, Kind = SupportKind.CoachDays, Description = $"{Marker} coach", Quantity = 2, UnitCost = 100 };
        var assignment = new TierAssignment { Id = Guid.CreateVersion7(), School = school, TierId = tier.Id, TierName = $"{Marker} tier", Supports = Marker, TotalCost = 200, AssignedBy = Marker };
        var partnership = new Partnership
        {
            Id = Guid.CreateVersion7(), SupportedSchool = school, SupportingSchool = partner, AreasOfNeed = $"{Marker} reading",
            StartsOn = new DateOnly(2025, 9, 1), EndsOn = new DateOnly(2027, 8, 31), CreatedBy = Marker,
        };
        var milestone = new Milestone { Id = Guid.CreateVersion7(), PartnershipId = partnership.Id, Title = $"{Marker} milestone", Target = Marker, DueOn = new DateOnly(2026, 1, 31) };
        var instalment = new Instalment { Id = Guid.CreateVersion7(), PartnershipId = partnership.Id, MilestoneId = milestone.Id, Amount = 1000, Status = InstalmentStatus.Withheld, Reason = Marker };
        var visit = new PartnershipVisit { Id = Guid.CreateVersion7(), PartnershipId = partnership.Id, VisitedOn = new DateOnly(2025, 10, 1), Notes = $"{Marker} visit", LoggedBy = Marker };
        var evaluation = new TermEvaluation { Id = Guid.CreateVersion7(), PartnershipId = partnership.Id, Term = $"{Marker} term", Summary = Marker, EvaluatedBy = Marker };
        var cluster = new Cluster { Id = Guid.CreateVersion7(), Name = $"{Marker} cluster", JointPlan = Marker, Goals = Marker, ExchangeDaysAllowed = 5 };
        var member = new ClusterMember { Id = Guid.CreateVersion7(), ClusterId = cluster.Id, School = school };
        var fund = new ClusterFundEntry { Id = Guid.CreateVersion7(), ClusterId = cluster.Id, Kind = FundEntryKind.Contribution, School = school, Amount = 500, Description = $"{Marker} fund", RecordedBy = Marker };
        var exchange = new ExchangeVisit { Id = Guid.CreateVersion7(), ClusterId = cluster.Id, StaffName = $"{Marker} teacher", FromSchool = school, ToSchool = partner, Days = 1 };
        object[] records = [partner, settings, weight, flag, flagEvent, tier, tierSupport, assignment, partnership, milestone, instalment, visit, evaluation, cluster, member, fund, exchange];
        var ids = new Dictionary<string, string>
        {
            ["SupportSettings"] = settings.Id.ToString(), ["MeasureWeight"] = weight.Id.ToString(), ["SchoolFlag"] = flag.Id.ToString(),
            ["FlagEvent"] = flagEvent.Id.ToString(), ["SupportTier"] = tier.Id.ToString(), ["TierSupport"] = tierSupport.Id.ToString(),
            ["TierAssignment"] = assignment.Id.ToString(), ["Partnership"] = partnership.Id.ToString(), ["Milestone"] = milestone.Id.ToString(),
            ["Instalment"] = instalment.Id.ToString(), ["PartnershipVisit"] = visit.Id.ToString(), ["TermEvaluation"] = evaluation.Id.ToString(),
            ["Cluster"] = cluster.Id.ToString(), ["ClusterMember"] = member.Id.ToString(), ["ClusterFundEntry"] = fund.Id.ToString(),
            ["ExchangeVisit"] = exchange.Id.ToString(),
        };
        return (records, ids);
    }

    /// <summary>
    /// The kinds of district-owned record district B holds none of. Must stay empty: a new kind of
    /// record is covered by the cross-district sweep only once B holds one (add it in CreateAsync).
    /// </summary>
    public Task<List<string>> MissingRecordKindsAsync(BeaconFactory factory) =>
        factory.InScopeAsync(District.Id, async (_, db) =>
        {
            var missing = new List<string>();
            foreach (var type in db.Model.GetEntityTypes().Where(t => typeof(Beacon.Web.Tenancy.IDistrictOwned).IsAssignableFrom(t.ClrType)))
            {
                var any = (Task<bool>)typeof(DistrictB).GetMethod(nameof(AnyAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                    .MakeGenericMethod(type.ClrType).Invoke(null, [db])!;
                if (!await any)
                {
                    missing.Add(type.ClrType.Name);
                }
            }
            return missing;
        });

    private static Task<bool> AnyAsync<T>(BeaconDbContext db) where T : class => db.Set<T>().AnyAsync();

    /// <summary>Everything district B holds, as text, to prove that requests from elsewhere changed none of it.</summary>
    public Task<string> FingerprintAsync(BeaconFactory factory) =>
        factory.InScopeAsync(District.Id, async (_, db) => string.Join("\n",
            string.Join(",", await db.Schools.OrderBy(s => s.SourceId).Select(s => s.Name + s.Address + s.Enrollment).ToListAsync()),
            string.Join(",", await db.StaffMembers.OrderBy(s => s.SourceId).Select(s => s.GivenName + s.FamilyName + s.Email + s.Role).ToListAsync()),
            string.Join(",", await db.StaffAssignments.Select(a => a.SchoolId + ":" + a.Fte).ToListAsync()),
            string.Join(",", await db.SchoolMetrics.Select(m => m.Value).ToListAsync()),
            string.Join(",", await db.Measures.OrderBy(m => m.Code).Select(m => m.Code).ToListAsync()),
            string.Join(",", await db.SchoolYears.Select(y => y.Name).ToListAsync()),
            string.Join(",", await db.ImportRuns.Select(r => r.Status + r.FileName).ToListAsync()),
            string.Join(",", await db.AllocationScenarios.Select(a => a.Name + a.IsDecision + a.DecisionRationale).ToListAsync()),
            string.Join(",", await db.ScenarioSchools.Select(a => a.Minimum + ":" + a.Maximum + ":" + a.Positions).ToListAsync()),
            string.Join(",", await db.ExtraPositions.Select(a => a.PositionKind + a.Positions).ToListAsync()),
            string.Join(",", await db.Plans.Select(p => p.Title + p.Mission + p.Vision + p.StartYear + p.Years).ToListAsync()),
            string.Join(",", await db.PlanGoals.Select(g => g.Title + g.Position).ToListAsync()),
            string.Join(",", await db.PlanMeasures.Select(m => m.Name + m.Baseline).ToListAsync()),
            string.Join(",", await db.MeasureYears.Select(y => y.Year + ":" + y.Target + ":" + y.EnteredActual).ToListAsync()),
            string.Join(",", await db.Strategies.Select(s => s.Title + s.GoalId).ToListAsync()),
            string.Join(",", await db.StrategyIndicators.Select(i => i.IndicatorId).ToListAsync()),
            string.Join(",", await db.PlanActions.Select(a => a.Title + a.OwnerName + a.Status + a.DueOn + a.StrategyId).ToListAsync()),
            string.Join(",", await db.ProgressReviews.Select(r => r.Year + ":" + r.Quarter + r.SignedOffAt).ToListAsync()),
            string.Join(",", await db.GoalReviews.Select(g => g.Status + (g.Narrative ?? "")).ToListAsync()),
            string.Join(",", await db.StaffYearRecords.Select(r => r.Role + ":" + r.Fte).ToListAsync()),
            string.Join(",", await db.IncentiveRules.Select(r => r.Name + r.Adopted).ToListAsync()),
            string.Join(",", await db.Users.OrderBy(u => u.Email).Select(u => u.Email + u.LockoutEnd + u.TwoFactorEnabled + u.DistrictId).ToListAsync()),
            string.Join(",", await db.UserRoles.Join(db.Users, r => r.UserId, u => u.Id, (r, u) => r.RoleId).ToListAsync()),
            string.Join(",", await db.Frameworks.OrderBy(f => f.Name).Select(f => f.Name + f.Adopted + f.CurrentVersionId).ToListAsync()),
            string.Join(",", await db.Indicators.OrderBy(i => i.Id).Select(i => i.Code + i.Text).ToListAsync()),
            string.Join(",", await db.AssessmentCycles.Select(c => c.Name + c.Status + c.Members.Count).ToListAsync()),
            string.Join(",", await db.IndividualRatings.Select(r => r.Level + r.Comment!).ToListAsync()),
            string.Join(",", await db.ConsensusRatings.Select(r => r.Level + r.Notes!).ToListAsync()),
            await db.CyclePriorities.CountAsync(),
            string.Join(",", await db.Surveys.Select(v => v.Name + v.Status + v.ClosesOn).ToListAsync()),
            string.Join(",", await db.SurveyInvitations.Select(i => i.Answered + (i.TokenHash ?? "")).ToListAsync()),
            string.Join(",", await db.SurveyResponses.Select(r => r.Comment ?? "").ToListAsync()),
            await db.SurveyAnswers.CountAsync(),
            await db.SurveyDrafts.CountAsync(),
            string.Join(",", await db.SurveyReleases.Select(r => r.Number + ":" + r.Respondents).ToListAsync()),
            string.Join(",", await db.SurveyReleaseComments.Select(c => c.Text).ToListAsync()),
            string.Join(",", await db.Communities.Select(c => c.Name + c.Focus + c.Frequency + c.JoinCodeHash).ToListAsync()),
            string.Join(",", await db.CommunityMembers.Select(m => m.DisplayName + m.Role + m.Training).ToListAsync()),
            string.Join(",", await db.ActionPlanItems.Select(i => i.TechniqueName + i.Status + i.Adaptation).ToListAsync()),
            string.Join(",", await db.Meetings.Select(m => m.Summary + m.Decisions + m.Attendance.Count(a => a.Present) + m.CheckIns.Count).ToListAsync()),
            string.Join(",", await db.MeetingItems.Select(i => i.Title + i.Notes).ToListAsync()),
            string.Join(",", await db.CalendarFeeds.Select(f => f.TokenHash + f.RevokedAt).ToListAsync()),
            string.Join(",", await db.CommunitySettings.Select(x => x.MaxActiveTechniques).ToListAsync()),
            await db.ScheduleExceptions.CountAsync() + await db.DistrictTechniques.CountAsync() + await db.AgendaTemplates.CountAsync()
                + await db.NetworkMemberships.CountAsync() + await db.CommunityIndicators.CountAsync(),
            await db.Evidence.CountAsync()));
}
