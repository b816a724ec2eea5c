namespace Beacon.Web.Features.Plans;

/// <summary>A plan as pages, the board report and the PDF show it: read-only, with actuals and statuses worked out.</summary>
public sealed record PlanView(
    PlanHeader Plan,
    IReadOnlyList<GoalView> Goals,
    IReadOnlyList<StrategyView> StrategiesWithoutGoal,
    IReadOnlyList<ActionView> ActionsWithoutStrategy,
    ReviewView? Review,
    IReadOnlyList<ReviewView> Reviews)
{
    public IEnumerable<ActionView> AllActions =>
        Goals.SelectMany(g => g.Strategies).Concat(StrategiesWithoutGoal).SelectMany(s => s.Actions).Concat(ActionsWithoutStrategy);
}

public sealed record PlanHeader(
    Guid Id, string Title, Guid? SchoolId, string? SchoolName, Guid? DistrictPlanId, string? DistrictPlanTitle,
    int StartYear, int Years, string? Mission, string? Vision)
{
    public bool IsDistrictPlan => SchoolId is null;
    public IReadOnlyList<int> YearRange => Enumerable.Range(StartYear, Years).ToList();
    public string Period => Years == 1 ? Plans.Plan.YearName(StartYear) : $"{Plans.Plan.YearName(StartYear)} to {Plans.Plan.YearName(StartYear + Years - 1)}";
}

public sealed record GoalView(
    Guid Id, int Position, string Title, string? Description, Guid? DistrictGoalId, string? DistrictGoalTitle,
    IReadOnlyList<MeasureView> Measures, IReadOnlyList<StrategyView> Strategies, GoalReviewView? Review)
{
    public IEnumerable<ActionView> Actions => Strategies.SelectMany(s => s.Actions);
}

public enum ActualSource
{
    None,
    Entered,
    Imported,
}

public sealed record MeasurePoint(int Year, double? Target, double? Actual, ActualSource Source, Standing Standing);

public sealed record MeasureView(
    Guid Id, string Name, string? Unit, bool HigherIsBetter, double? Baseline, int? BaselineYear, string? MetricName,
    AggregationMethod? Method, IReadOnlyList<MeasurePoint> Points)
{
    /// <summary>The most recent year with an actual result, if any.</summary>
    public MeasurePoint? Latest => Points.LastOrDefault(p => p.Actual is not null);
}

public sealed record StrategyView(Guid Id, Guid? GoalId, string Title, string? Description, IReadOnlyList<ActionView> Actions, IReadOnlyList<string> Addresses);

public sealed record ActionView(
    Guid Id, Guid? StrategyId, string Title, string? Owner, DateOnly? StartsOn, DateOnly? DueOn, ActionStatus Status,
    decimal? Budget, string? FundingSource, bool IsOverdue);

public sealed record ReviewView(Guid Id, int Year, int Quarter, DateTimeOffset? SignedOffAt, string? SignedOffBy)
{
    public bool IsSignedOff => SignedOffAt is not null;
    public string Label => $"{Plans.Plan.YearName(Year)} Q{Quarter}";
}

public sealed record GoalReviewView(GoalStatus? Status, string? Narrative, string? Evidence);

public static class GoalStatuses
{
    public static string Label(GoalStatus? status) => status switch
    {
        GoalStatus.OnTrack => "On track",
        GoalStatus.AtRisk => "At risk",
        GoalStatus.OffTrack => "Off track",
        _ => "Not rated",
    };

    /// <summary>The badge class that goes with a status; the label carries the meaning, colour only repeats it.</summary>
    public static string Badge(GoalStatus? status) => status switch
    {
        GoalStatus.OnTrack => "badge good",
        GoalStatus.OffTrack => "badge bad",
        GoalStatus.AtRisk => "badge warn",
        _ => "badge",
    };
}

/// <summary>What the shared action table shows: the actions, the table's caption and whether titles link to editing.</summary>
public sealed record ActionTable(IReadOnlyList<ActionView> Actions, string Caption, bool CanEdit);
