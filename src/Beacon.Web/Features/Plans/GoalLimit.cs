namespace Beacon.Web.Features.Plans;

/// <summary>
/// A plan holds only a few goals (seed 002: "a small number of key improvement goals consistently
/// pursued"). The district may raise or lower its limit; without a setting it is three.
/// </summary>
public static class GoalLimit
{
    public const int Default = Tenancy.District.DefaultMaxGoalsPerPlan;
    public const int Highest = 10;

    public static int Effective(int districtSetting) => districtSetting is >= 1 and <= Highest ? districtSetting : Default;

    /// <summary>Why one more goal may not be added, or null when it may.</summary>
    public static string? RefusalToAdd(int existingGoals, int limit) =>
        existingGoals < limit
            ? null
            : $"This plan already has {existingGoals} goals, the most your district allows ({limit}). "
              + "Focus on fewer goals, merge this one into an existing goal, or ask a district administrator to raise the limit under Plan settings.";
}
