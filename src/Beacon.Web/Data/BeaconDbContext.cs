using System.Linq.Expressions;
using Beacon.Web.Features.Audit;
using Beacon.Web.Features.Communities;
using Beacon.Web.Features.Frameworks;
using Beacon.Web.Features.Learning;
using Beacon.Web.Features.Mentoring;
using Beacon.Web.Features.Metrics;
using Beacon.Web.Features.Notifications;
using Beacon.Web.Features.Plans;
using Beacon.Web.Features.Plans.Feedback;
using Beacon.Web.Features.Research;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.SelfAssessment;
using Beacon.Web.Features.Staff;
using Beacon.Web.Features.Staffing;
using Beacon.Web.Features.Support;
using Beacon.Web.Features.Surveys;
using Beacon.Web.Identity;
using Beacon.Web.Imports;
using Beacon.Web.Tenancy;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Beacon.Web.Data;

/// <summary>
/// Beacon's one database context. Each provider has a subclass that carries its own migrations
/// (<see cref="SqliteBeaconDbContext"/>, <see cref="PostgresBeaconDbContext"/>); the rest of the
/// code asks for this type.
/// </summary>
public abstract class BeaconDbContext(DbContextOptions options, CurrentDistrict currentDistrict)
    : IdentityDbContext<BeaconUser>(options), IDataProtectionKeyContext
{
    /// <summary>The name of the query filter that scopes every district-owned record to the current district.</summary>
    public const string TenantFilter = "Tenant";

    /// <summary>The length of a string column unless its configuration says otherwise.</summary>
    public const int DefaultStringLength = 400;

    /// <summary>Read by the tenant query filter on every query, so each query is scoped to the district of its own request.</summary>
    public Guid? CurrentDistrictId => currentDistrict.Id;

    public DbSet<District> Districts => Set<District>();
    public DbSet<School> Schools => Set<School>();
    public DbSet<SchoolYear> SchoolYears => Set<SchoolYear>();
    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();
    public DbSet<StaffAssignment> StaffAssignments => Set<StaffAssignment>();
    public DbSet<Measure> Measures => Set<Measure>();
    public DbSet<SchoolMetric> SchoolMetrics => Set<SchoolMetric>();
    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<PlanGoal> PlanGoals => Set<PlanGoal>();
    public DbSet<PlanMeasure> PlanMeasures => Set<PlanMeasure>();
    public DbSet<MeasureYear> MeasureYears => Set<MeasureYear>();
    public DbSet<Strategy> Strategies => Set<Strategy>();
    public DbSet<StrategyIndicator> StrategyIndicators => Set<StrategyIndicator>();
    public DbSet<PlanAction> PlanActions => Set<PlanAction>();
    public DbSet<ProgressReview> ProgressReviews => Set<ProgressReview>();
    public DbSet<GoalReview> GoalReviews => Set<GoalReview>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Framework> Frameworks => Set<Framework>();
    public DbSet<FrameworkVersion> FrameworkVersions => Set<FrameworkVersion>();
    public DbSet<RubricLevel> RubricLevels => Set<RubricLevel>();
    public DbSet<FrameworkDomain> FrameworkDomains => Set<FrameworkDomain>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<AssessmentCycle> AssessmentCycles => Set<AssessmentCycle>();
    public DbSet<CycleMember> CycleMembers => Set<CycleMember>();
    public DbSet<IndividualRating> IndividualRatings => Set<IndividualRating>();
    public DbSet<ConsensusRating> ConsensusRatings => Set<ConsensusRating>();
    public DbSet<CyclePriority> CyclePriorities => Set<CyclePriority>();
    public DbSet<Evidence> Evidence => Set<Evidence>();
    public DbSet<AllocationScenario> AllocationScenarios => Set<AllocationScenario>();
    public DbSet<ScenarioSchool> ScenarioSchools => Set<ScenarioSchool>();
    public DbSet<ExtraPosition> ExtraPositions => Set<ExtraPosition>();
    public DbSet<StaffYearRecord> StaffYearRecords => Set<StaffYearRecord>();
    public DbSet<Figures.FigureVersion> FigureVersions => Set<Figures.FigureVersion>();
    public DbSet<IncentiveRule> IncentiveRules => Set<IncentiveRule>();
    public DbSet<NeedIndexSettings> NeedIndexSettings => Set<NeedIndexSettings>();
    public DbSet<StaffingPosition> StaffingPositions => Set<StaffingPosition>();
    public DbSet<Survey> Surveys => Set<Survey>();
    public DbSet<SurveyItem> SurveyItems => Set<SurveyItem>();
    public DbSet<SurveySchool> SurveySchools => Set<SurveySchool>();
    public DbSet<SurveyInvitation> SurveyInvitations => Set<SurveyInvitation>();
    public DbSet<SurveyDraft> SurveyDrafts => Set<SurveyDraft>();
    public DbSet<SurveyMailing> SurveyMailings => Set<SurveyMailing>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<SurveyAnswer> SurveyAnswers => Set<SurveyAnswer>();
    public DbSet<SurveyCellTally> SurveyCellTallies => Set<SurveyCellTally>();
    public DbSet<SurveyItemTally> SurveyItemTallies => Set<SurveyItemTally>();
    public DbSet<SurveyRelease> SurveyReleases => Set<SurveyRelease>();
    public DbSet<SurveyReleaseCell> SurveyReleaseCells => Set<SurveyReleaseCell>();
    public DbSet<SurveyReleaseFigure> SurveyReleaseFigures => Set<SurveyReleaseFigure>();
    public DbSet<SurveyReleaseComment> SurveyReleaseComments => Set<SurveyReleaseComment>();
    public DbSet<SupportSettings> SupportSettings => Set<SupportSettings>();
    public DbSet<MeasureWeight> MeasureWeights => Set<MeasureWeight>();
    public DbSet<SchoolFlag> SchoolFlags => Set<SchoolFlag>();
    public DbSet<FlagEvent> FlagEvents => Set<FlagEvent>();
    public DbSet<SupportTier> SupportTiers => Set<SupportTier>();
    public DbSet<TierSupport> TierSupports => Set<TierSupport>();
    public DbSet<TierAssignment> TierAssignments => Set<TierAssignment>();
    public DbSet<Partnership> Partnerships => Set<Partnership>();
    public DbSet<Milestone> Milestones => Set<Milestone>();
    public DbSet<Instalment> Instalments => Set<Instalment>();
    public DbSet<PartnershipVisit> PartnershipVisits => Set<PartnershipVisit>();
    public DbSet<TermEvaluation> TermEvaluations => Set<TermEvaluation>();
    public DbSet<Cluster> Clusters => Set<Cluster>();
    public DbSet<ClusterMember> ClusterMembers => Set<ClusterMember>();
    public DbSet<ClusterFundEntry> ClusterFundEntries => Set<ClusterFundEntry>();
    public DbSet<ExchangeVisit> ExchangeVisits => Set<ExchangeVisit>();
    public DbSet<Community> Communities => Set<Community>();
    public DbSet<CommunityMember> CommunityMembers => Set<CommunityMember>();
    public DbSet<CommunityIndicator> CommunityIndicators => Set<CommunityIndicator>();
    public DbSet<ScheduleException> ScheduleExceptions => Set<ScheduleException>();
    public DbSet<ActionPlanItem> ActionPlanItems => Set<ActionPlanItem>();
    public DbSet<DistrictTechnique> DistrictTechniques => Set<DistrictTechnique>();
    public DbSet<CommunitySettings> CommunitySettings => Set<CommunitySettings>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<MeetingItem> MeetingItems => Set<MeetingItem>();
    public DbSet<MeetingAttendance> MeetingAttendance => Set<MeetingAttendance>();
    public DbSet<CheckIn> CheckIns => Set<CheckIn>();
    public DbSet<AgendaTemplate> AgendaTemplates => Set<AgendaTemplate>();
    public DbSet<AgendaTemplateItem> AgendaTemplateItems => Set<AgendaTemplateItem>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    public DbSet<NetworkMembership> NetworkMemberships => Set<NetworkMembership>();
    public DbSet<Mail.OutboxMail> OutboxMails => Set<Mail.OutboxMail>();
    public DbSet<Offering> Offerings => Set<Offering>();
    public DbSet<LearningSession> LearningSessions => Set<LearningSession>();
    public DbSet<OfferingCredit> OfferingCredits => Set<OfferingCredit>();
    public DbSet<OfferingGoal> OfferingGoals => Set<OfferingGoal>();
    public DbSet<CreditType> CreditTypes => Set<CreditType>();
    public DbSet<LearningSettings> LearningSettings => Set<LearningSettings>();
    public DbSet<Registration> Registrations => Set<Registration>();
    public DbSet<SessionAttendance> SessionAttendance => Set<SessionAttendance>();
    public DbSet<Certificate> Certificates => Set<Certificate>();
    public DbSet<Features.Learning.External.ExternalLearning> ExternalLearning => Set<Features.Learning.External.ExternalLearning>();
    public DbSet<Features.Learning.External.ExternalCredit> ExternalCredits => Set<Features.Learning.External.ExternalCredit>();
    public DbSet<SessionReminder> SessionReminders => Set<SessionReminder>();
    public DbSet<MentoringProgramme> MentoringProgrammes => Set<MentoringProgramme>();
    public DbSet<MentorPoolEntry> MentorPoolEntries => Set<MentorPoolEntry>();
    public DbSet<MatchDecision> MatchDecisions => Set<MatchDecision>();
    public DbSet<MatchProposal> MatchProposals => Set<MatchProposal>();
    public DbSet<Pairing> Pairings => Set<Pairing>();
    public DbSet<MentoringSession> MentoringSessions => Set<MentoringSession>();
    public DbSet<PairingMilestone> PairingMilestones => Set<PairingMilestone>();
    public DbSet<Features.Mentoring.Coaching.CoachingCycle> CoachingCycles => Set<Features.Mentoring.Coaching.CoachingCycle>();
    public DbSet<ResearchProject> ResearchProjects => Set<ResearchProject>();
    public DbSet<ResearchMember> ResearchMembers => Set<ResearchMember>();
    public DbSet<ResearchIndicator> ResearchIndicators => Set<ResearchIndicator>();
    public DbSet<ResearchGoal> ResearchGoals => Set<ResearchGoal>();
    public DbSet<ResearchComment> ResearchComments => Set<ResearchComment>();
    public DbSet<ResearchAttachment> ResearchAttachments => Set<ResearchAttachment>();
    public DbSet<PlanComment> PlanComments => Set<PlanComment>();
    public DbSet<Features.Plans.Feedback.ApprovalStep> PlanApprovalSteps => Set<Features.Plans.Feedback.ApprovalStep>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationSettings> NotificationSettings => Set<NotificationSettings>();
    public DbSet<Features.Plans.Reminders.ActionReminder> ActionReminders => Set<Features.Plans.Reminders.ActionReminder>();
    public DbSet<Features.Plans.Budgets.FundingSource> FundingSources => Set<Features.Plans.Budgets.FundingSource>();
    public DbSet<Features.Plans.Budgets.ActionCost> ActionCosts => Set<Features.Plans.Budgets.ActionCost>();
    public DbSet<Features.Plans.Publishing.PublicPlanPage> PublicPlanPages => Set<Features.Plans.Publishing.PublicPlanPage>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        // Identity builds its tables for the schema version it finds in the app's services; a context
        // made without them (the migration tool, test set-up) is given the same version, so there is one model.
        if (optionsBuilder.Options.FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider is null)
        {
            optionsBuilder.UseApplicationServiceProvider(IdentitySchema.Services);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(Limits.Code);
        configurationBuilder.Properties<string>().HaveMaxLength(Limits.ShortText);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(BeaconDbContext).Assembly);

        foreach (var entityType in builder.Model.GetEntityTypes()
                     .Where(t => typeof(IDistrictOwned).IsAssignableFrom(t.ClrType) && t.BaseType is null))
        {
            builder.Entity(entityType.ClrType).HasQueryFilter(TenantFilter, DistrictFilterFor(entityType.ClrType));
            builder.Entity(entityType.ClrType).HasIndex(nameof(IDistrictOwned.DistrictId));
        }

        builder.Entity<District>().HasQueryFilter(TenantFilter, d => d.Id == CurrentDistrictId);

        // Accounts are found by email before anyone has signed in (sign-in, password reset), so the
        // filter opens only when no district is in scope; once one is, accounts of others vanish.
        builder.Entity<BeaconUser>().HasQueryFilter(TenantFilter,
            u => CurrentDistrictId == null || u.DistrictId == CurrentDistrictId);
    }

    private LambdaExpression DistrictFilterFor(Type clrType)
    {
        var entity = Expression.Parameter(clrType, "e");
        var districtId = Expression.Convert(
            Expression.Property(entity, nameof(IDistrictOwned.DistrictId)), typeof(Guid?));
        var current = Expression.Property(Expression.Constant(this), nameof(CurrentDistrictId));
        return Expression.Lambda(Expression.Equal(districtId, current), entity);
    }
}
