using System.Text;
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
using Beacon.Web.Features.Support;
using Beacon.Web.Features.Surveys;
using Beacon.Web.Identity;
using Beacon.Web.Imports;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Tenancy;

// Longer than 300 lines: it makes one record of every kind, and the cross-district sweep relies on finding them all in one place.

/// <summary>
/// A district holding one record of every kind, each carrying a marker string that must never
/// appear in a response to a user of another district.
/// </summary>
public sealed record DistrictB(TestDistrict District, IReadOnlyDictionary<string, string> Ids, TestAccount Administrator)
{
    public const string Marker = "Zanzibar";

    public static async Task<DistrictB> CreateAsync(BeaconFactory factory, string marker = Marker)
    {
        var district = await factory.CreateDistrictAsync($"{marker} County Schools");
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        var ids = await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var school = new School { SourceId = $"{marker}-1", Name = $"{marker} Elementary", Address = $"1 {marker} Road", Enrollment = 300, PovertyPercent = 40 };
            var staff = new StaffMember { SourceId = $"{marker}-t1", GivenName = marker, FamilyName = $"{marker}son", Email = $"{marker.ToLowerInvariant()}@b.example" };
            staff.Assignments.Add(new StaffAssignment { School = school });
            var year = new SchoolYear { Name = "2025-26", StartsOn = new DateOnly(2025, 8, 1), EndsOn = new DateOnly(2026, 6, 30) };
            var measure = new Measure { Code = $"{marker.ToLowerInvariant()}_index", Name = $"{marker} index" };
            var metric = new SchoolMetric { School = school, SchoolYear = year, Measure = measure, Value = 42 };
            var import = new ImportRun
            {
                Kind = ImportKind.Schools,
                FileName = $"{marker}.csv",
                UploadedAt = DateTimeOffset.UtcNow,
                UploadedBy = marker,
                Status = ImportStatus.AwaitingConfirmation,
                Content = Encoding.UTF8.GetBytes($"school_id,name\n{marker}-2,{marker} High\n"),
            };
            var scenario = new AllocationScenario
            {
                Name = $"{marker} scenario",
                PositionKind = "Coach",
                SchoolYear = year,
                TotalPositions = 1,
                CostPerPosition = 1000,
                CreatedAt = DateTimeOffset.UtcNow,
                CreatedBy = marker,
                IsDecision = true,
                DecisionRationale = marker,
            };
            scenario.Schools.Add(new ScenarioSchool { School = school, Need = 40, Maximum = 2, Positions = 1 });
            var extra = new ExtraPosition { School = school, SchoolYearId = year.Id, PositionKind = "Coach", Positions = 1, ScenarioId = scenario.Id };
            var plan = new Plan { Id = Guid.CreateVersion7(), Title = $"{marker} strategic plan", StartYear = 2025, Years = 3, Mission = marker, Vision = marker };
            var goal = new PlanGoal { Plan = plan, Position = 1, Title = $"{marker} goal" };
            var planMeasure = new PlanMeasure { Goal = goal, Name = $"{marker} measure", MetricMeasure = measure, Baseline = 40 };
            planMeasure.YearValues.Add(new MeasureYear { Year = 2025, Target = 45, EnteredActual = 41 });
            var strategy = new Strategy { PlanId = plan.Id, Goal = goal, Title = $"{marker} strategy" };
            var action = new PlanAction { PlanId = plan.Id, Strategy = strategy, Title = $"{marker} action", OwnerName = marker, DueOn = new DateOnly(2025, 9, 1) };
            var review = new ProgressReview { Plan = plan, Year = 2025, Quarter = 1, CreatedAt = DateTimeOffset.UtcNow, CreatedBy = marker };
            review.Goals.Add(new GoalReview { Goal = goal, Status = GoalStatus.AtRisk, Narrative = marker });
            var record = new StaffYearRecord { SchoolYear = year, StaffMemberId = staff.Id, School = school, Fte = 1 };
            var position = new StaffingPosition { School = school, SchoolYear = year, PositionKind = $"{marker} post", Vacancies = 1 };
            var needIndex = new NeedIndexSettings { PovertyWeight = 1, ResultsWeight = 1, ResultsMeasure = measure };
            var incentive = new IncentiveRule { Name = $"{marker} bonus", MinimumPovertyPercent = 1, AmountPerYear = 100, CreatedAt = DateTimeOffset.UtcNow };
            var framework = FrameworkEntities.NewFramework(new FrameworkDocument
            {
                Name = $"{marker} framework",
                Rubric = DefaultRubric.Levels(),
                Domains = [new DomainDocument("Z", $"{marker} domain") { Indicators = [new IndicatorDocument("Z.1", $"{marker} indicator")] }],
            }, null, adopted: true, marker, DateTimeOffset.UtcNow);
            var version = framework.Versions[0];
            var indicator = version.Indicators[0];
            strategy.Indicators.Add(new StrategyIndicator { IndicatorId = indicator.Id });
            var cycle = new AssessmentCycle
            {
                Id = Guid.CreateVersion7(),
                Name = $"{marker} cycle",
                FrameworkId = framework.Id,
                FrameworkVersionId = version.Id,
                School = school,
                OpenedAt = DateTimeOffset.UtcNow,
                OpenedBy = marker,
            };
            cycle.Members.Add(new CycleMember { UserId = admin.Id });
            var rating = new IndividualRating { CycleId = cycle.Id, IndicatorId = indicator.Id, UserId = admin.Id, Level = 2, Comment = $"{marker} comment" };
            var consensus = new ConsensusRating { CycleId = cycle.Id, IndicatorId = indicator.Id, Level = 2, Notes = $"{marker} notes", UpdatedBy = marker };
            var priority = new CyclePriority { CycleId = cycle.Id, IndicatorId = indicator.Id, MarkedBy = marker };
            var evidence = new Evidence
            {
                CycleId = cycle.Id,
                IndicatorId = indicator.Id,
                Kind = EvidenceKind.File,
                FileName = $"{marker}.txt",
                ContentType = "text/plain",
                Content = Encoding.UTF8.GetBytes($"{marker} evidence"),
                Size = Encoding.UTF8.GetByteCount($"{marker} evidence"),
                AddedBy = marker,
            };
            db.AddRange(school, staff, year, measure, metric, import, scenario, extra, record, incentive, needIndex, position, framework, cycle);
            await db.SaveChangesAsync();
            var survey = new Survey
            {
                Id = Guid.CreateVersion7(),
                Name = $"{marker} survey",
                FrameworkId = framework.Id,
                FrameworkVersionId = version.Id,
                OpensOn = new DateOnly(2025, 1, 1),
                ClosesOn = new DateOnly(2099, 1, 1),
                Status = SurveyStatus.Published,
                CreatedBy = marker,
            };
            var surveyItem = new SurveyItem { Id = Guid.NewGuid(), SurveyId = survey.Id, Position = 1, IndicatorCode = "Z.1", StandardCode = "Z", StandardName = $"{marker} standard", Text = $"{marker} statement" };
            survey.Items.Add(surveyItem);
            survey.Schools.Add(new SurveySchool { Id = Guid.NewGuid(), SurveyId = survey.Id, SchoolId = school.Id });
            var invitation = new SurveyInvitation { Id = Guid.NewGuid(), SurveyId = survey.Id, StaffMemberId = staff.Id, SchoolId = school.Id, RoleGroup = RoleGroups.Teachers, TokenHash = marker };
            var draft = new SurveyDraft { InvitationId = invitation.Id, Answers = "{}", Comment = $"{marker} draft" };
            var response = new SurveyResponse { Id = Guid.NewGuid(), SurveyId = survey.Id, SchoolId = school.Id, RoleGroup = RoleGroups.Teachers, Comment = $"{marker} comment" };
            var answer = new SurveyAnswer { ResponseId = response.Id, ItemId = surveyItem.Id, SurveyId = survey.Id, SchoolId = school.Id, RoleGroup = RoleGroups.Teachers, Value = 4 };
            var mailing = new SurveyMailing { Id = Guid.CreateVersion7(), SurveyId = survey.Id, Mails = 1, QueuedAt = DateTimeOffset.UtcNow };
            db.AddRange(survey, invitation, response, mailing);
            await db.SaveChangesAsync();
            db.AddRange(draft, answer,
                new SurveyCellTally { SurveyId = survey.Id, SchoolId = school.Id, RoleGroup = RoleGroups.Teachers, Respondents = 1 },
                new SurveyItemTally { SurveyId = survey.Id, SchoolId = school.Id, RoleGroup = RoleGroups.Teachers, ItemId = surveyItem.Id, Count = 1, Sum = 4, Chose4 = 1 });
            var release = new SurveyRelease { Id = Guid.NewGuid(), SurveyId = survey.Id, Number = 1, ReleasedOn = new DateOnly(2025, 2, 1), Minimum = 5, Respondents = 5, Final = true };
            release.Cells.Add(new SurveyReleaseCell { SchoolId = school.Id, RoleGroup = RoleGroups.Teachers, Respondents = 5 });
            db.AddRange(release,
                new SurveyReleaseFigure { ReleaseId = release.Id, SchoolId = school.Id, RoleGroup = RoleGroups.Teachers, ItemId = surveyItem.Id, Count = 5, Sum = 20, Chose4 = 5 },
                new SurveyReleaseComment { Id = Guid.NewGuid(), ReleaseId = release.Id, SchoolId = school.Id, RoleGroup = RoleGroups.Teachers, Text = $"{Marker} released comment" });
            db.AddRange(rating, consensus, priority, evidence);
            db.AddRange(plan, goal, planMeasure, strategy, action, review);
            await db.SaveChangesAsync();
            var comment = new Beacon.Web.Features.Plans.Feedback.PlanComment { PlanId = plan.Id, AuthorName = marker, Body = $"{marker} comment", AuthorUserId = admin.Id, CreatedAt = DateTimeOffset.UtcNow };
            var approvalStep = new Beacon.Web.Features.Plans.Feedback.ApprovalStep { PlanId = plan.Id, ActorName = marker, Note = $"{marker} note", CreatedAt = DateTimeOffset.UtcNow };
            var notification = new Beacon.Web.Features.Notifications.Notification { UserId = admin.Id, Text = $"{marker} notification", Link = "/", CreatedAt = DateTimeOffset.UtcNow };
            var notificationSettings = new Beacon.Web.Features.Notifications.NotificationSettings { UserId = admin.Id, Digest = Beacon.Web.Features.Notifications.DigestChoice.Daily };
            var fundingSource = new Beacon.Web.Features.Plans.Budgets.FundingSource { Id = Guid.CreateVersion7(), Name = $"{marker} fund" };
            var actionCost = new Beacon.Web.Features.Plans.Budgets.ActionCost { Id = Guid.CreateVersion7(), ActionId = action.Id, FundingSourceId = fundingSource.Id, Amount = 777.77m };
            var reminder = new Beacon.Web.Features.Plans.Reminders.ActionReminder { Id = Guid.CreateVersion7(), ActionId = action.Id, SentAt = DateTimeOffset.UtcNow };
            var publicPage = new Beacon.Web.Features.Plans.Publishing.PublicPlanPage { Id = Guid.CreateVersion7(), PlanId = plan.Id, ShowGoals = true };
            db.AddRange(comment, approvalStep, notification, notificationSettings, fundingSource, actionCost, reminder, publicPage);
            await db.SaveChangesAsync();
            var (support, supportIds) = SupportRecords(school, measure, marker);
            db.AddRange(support);
            var community = new Community
            {
                Id = Guid.CreateVersion7(),
                Name = $"{marker} network",
                Kind = CommunityKind.Network,
                School = school,
                Focus = marker,
                CreatedAt = DateTimeOffset.UtcNow,
                Frequency = MeetingFrequency.Monthly,
                MeetingDay = DayOfWeek.Tuesday,
                WeekOfMonth = 2,
                StartTime = new TimeOnly(16, 0),
                FirstMeetingOn = new DateOnly(2025, 9, 1),
            };
            var member = new CommunityMember { Id = Guid.CreateVersion7(), CommunityId = community.Id, UserId = admin.Id, DisplayName = $"{marker} facilitator", Role = MemberRole.Facilitator, Training = marker };
            community.Members.Add(member);
            community.Indicators.Add(new CommunityIndicator { IndicatorId = indicator.Id });
            community.Exceptions.Add(new ScheduleException { OccursOn = new DateOnly(2025, 10, 14), Note = marker });
            var planItem = new ActionPlanItem { Id = Guid.CreateVersion7(), MemberId = member.Id, TechniqueKey = marker.ToLowerInvariant(), TechniqueName = $"{marker} technique", Adaptation = marker };
            var technique = new DistrictTechnique { Name = $"{marker} technique", Description = marker };
            var settings = new CommunitySettings { MaxActiveTechniques = 2 };
            var meeting = new Meeting { Id = Guid.CreateVersion7(), CommunityId = community.Id, StartsAt = DateTimeOffset.UtcNow, TemplateName = marker, Summary = marker };
            meeting.Items.Add(new MeetingItem { Title = $"{marker} item", Notes = marker });
            meeting.Attendance.Add(new MeetingAttendance { MemberId = member.Id, Present = true });
            meeting.CheckIns.Add(new CheckIn { MemberId = member.Id, PlanItemId = planItem.Id, Report = marker });
            var template = new AgendaTemplate { Name = $"{marker} agenda" };
            template.Items.Add(new AgendaTemplateItem { Title = $"{marker} step", Minutes = 10 });
            var feed = new CalendarFeed { TokenHash = CalendarTokens.Hash(marker), CommunityId = community.Id };
            var networkMembership = new NetworkMembership { NetworkId = community.Id };
            db.AddRange(community, technique, settings, template);
            await db.SaveChangesAsync();
            db.AddRange(planItem, feed, networkMembership);
            await db.SaveChangesAsync();
            db.Add(meeting);
            await db.SaveChangesAsync();
            var (learning, learningIds) = DistrictBLearning.Records(school, goal, admin.Id, district.Id, marker);
            db.AddRange(learning);
            await db.SaveChangesAsync();
            foreach (var (kind, id) in await DistrictBMentoring.AddAsync(db, school, staff, marker))
            {
                supportIds[kind] = id;
            }
            foreach (var (kind, id) in await DistrictBResearch.AddAsync(db, school, staff, indicator, goal, marker))
            {
                supportIds[kind] = id;
            }
            var audit = await db.AuditEntries.OrderBy(a => a.At).Select(a => a.Id).FirstAsync();
            return new Dictionary<string, string>(supportIds.Concat(learningIds))
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
                ["PlanComment"] = comment.Id.ToString(),
                ["ApprovalStep"] = approvalStep.Id.ToString(),
                ["Notification"] = notification.Id.ToString(),
                ["NotificationSettings"] = notificationSettings.Id.ToString(),
                ["FundingSource"] = fundingSource.Id.ToString(),
                ["ActionCost"] = actionCost.Id.ToString(),
                ["ActionReminder"] = reminder.Id.ToString(),
                ["PublicPlanPage"] = publicPage.Id.ToString(),
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
                ["SurveyMailing"] = mailing.Id.ToString(),
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
    private static (object[] Records, Dictionary<string, string> Ids) SupportRecords(School school, Measure measure, string marker)
    {
        var partner = new School { Id = Guid.CreateVersion7(), SourceId = $"{marker}-2", Name = $"{marker} Middle" };
        var settings = new SupportSettings { Id = Guid.CreateVersion7(), Threshold = 42, DeclineYears = 2, BottomSharePercent = 10 };
        var weight = new MeasureWeight { Id = Guid.CreateVersion7(), MeasureId = measure.Id, Weight = 2 };
        var flag = new SchoolFlag { Id = Guid.CreateVersion7(), School = school, Origin = FlagOrigin.Judgment, Reason = $"{marker} concern", RaisedBy = marker, RaisedAt = DateTimeOffset.UtcNow };
        var flagEvent = new FlagEvent { Id = Guid.CreateVersion7(), FlagId = flag.Id, Status = FlagStatus.Open, Note = $"{marker} raised", By = marker, At = DateTimeOffset.UtcNow };
        var tier = new SupportTier { Id = Guid.CreateVersion7(), Level = 2, Name = $"{marker} tier" };
        var tierSupport = new TierSupport { Id = Guid.CreateVersion7(), TierId = tier.Id, Kind = SupportKind.CoachDays, Description = $"{marker} coach", Quantity = 2, UnitCost = 100 };
        var assignment = new TierAssignment { Id = Guid.CreateVersion7(), School = school, TierId = tier.Id, TierName = $"{marker} tier", Supports = marker, TotalCost = 200, AssignedBy = marker };
        var partnership = new Partnership
        {
            Id = Guid.CreateVersion7(),
            SupportedSchool = school,
            SupportingSchool = partner,
            AreasOfNeed = $"{marker} reading",
            StartsOn = new DateOnly(2025, 9, 1),
            EndsOn = new DateOnly(2027, 8, 31),
            CreatedBy = marker,
        };
        var milestone = new Milestone { Id = Guid.CreateVersion7(), PartnershipId = partnership.Id, Title = $"{marker} milestone", Target = marker, DueOn = new DateOnly(2026, 1, 31) };
        var instalment = new Instalment { Id = Guid.CreateVersion7(), PartnershipId = partnership.Id, MilestoneId = milestone.Id, Amount = 1000, Status = InstalmentStatus.Withheld, Reason = marker };
        var visit = new PartnershipVisit { Id = Guid.CreateVersion7(), PartnershipId = partnership.Id, VisitedOn = new DateOnly(2025, 10, 1), Notes = $"{marker} visit", LoggedBy = marker };
        var evaluation = new TermEvaluation { Id = Guid.CreateVersion7(), PartnershipId = partnership.Id, Term = $"{marker} term", Summary = marker, EvaluatedBy = marker };
        var cluster = new Cluster { Id = Guid.CreateVersion7(), Name = $"{marker} cluster", JointPlan = marker, Goals = marker, ExchangeDaysAllowed = 5 };
        var member = new ClusterMember { Id = Guid.CreateVersion7(), ClusterId = cluster.Id, School = school };
        var fund = new ClusterFundEntry { Id = Guid.CreateVersion7(), ClusterId = cluster.Id, Kind = FundEntryKind.Contribution, School = school, Amount = 500, Description = $"{marker} fund", RecordedBy = marker };
        var exchange = new ExchangeVisit { Id = Guid.CreateVersion7(), ClusterId = cluster.Id, StaffName = $"{marker} teacher", FromSchool = school, ToSchool = partner, Days = 1 };
        object[] records = [partner, settings, weight, flag, flagEvent, tier, tierSupport, assignment, partnership, milestone, instalment, visit, evaluation, cluster, member, fund, exchange];
        var ids = new Dictionary<string, string>
        {
            ["SupportSettings"] = settings.Id.ToString(),
            ["MeasureWeight"] = weight.Id.ToString(),
            ["SchoolFlag"] = flag.Id.ToString(),
            ["FlagEvent"] = flagEvent.Id.ToString(),
            ["SupportTier"] = tier.Id.ToString(),
            ["TierSupport"] = tierSupport.Id.ToString(),
            ["TierAssignment"] = assignment.Id.ToString(),
            ["Partnership"] = partnership.Id.ToString(),
            ["Milestone"] = milestone.Id.ToString(),
            ["Instalment"] = instalment.Id.ToString(),
            ["PartnershipVisit"] = visit.Id.ToString(),
            ["TermEvaluation"] = evaluation.Id.ToString(),
            ["Cluster"] = cluster.Id.ToString(),
            ["ClusterMember"] = member.Id.ToString(),
            ["ClusterFundEntry"] = fund.Id.ToString(),
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

    /// <summary>Every row district B holds, column by column (see <see cref="DistrictRows"/>).</summary>
    public Task<DistrictRows> FingerprintAsync(BeaconFactory factory) => DistrictRows.ReadAsync(factory, District.Id);
}
