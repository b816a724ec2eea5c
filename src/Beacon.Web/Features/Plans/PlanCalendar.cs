namespace Beacon.Web.Features.Plans;

/// <summary>Which school year a date falls in, and which of several district plans is the current one.</summary>
public static class PlanCalendar
{
    /// <summary>School years start in the summer: from July a date belongs to the year that starts then.</summary>
    public static int SchoolYearOf(DateOnly date) => date.Month >= 7 ? date.Year : date.Year - 1;

    public static int CurrentQuarter(DateOnly date) => date.Month switch
    {
        >= 7 and <= 9 => 1,
        >= 10 and <= 12 => 2,
        >= 1 and <= 3 => 3,
        _ => 4,
    };

    /// <summary>The plan whose period covers <paramref name="today"/>; otherwise the one that starts latest.</summary>
    public static T? Current<T>(IEnumerable<T> plans, Func<T, int> startYear, Func<T, int> years, DateOnly today) where T : class
    {
        var year = SchoolYearOf(today);
        var list = plans.OrderByDescending(startYear).ToList();
        return list.FirstOrDefault(p => startYear(p) <= year && year < startYear(p) + years(p)) ?? list.FirstOrDefault();
    }
}
