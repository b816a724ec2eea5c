namespace Beacon.Web.Features.Mentoring.Reports;

/// <summary>A teacher in the first year's staffing records: where they taught and how long they had taught.</summary>
public sealed record TeacherYear(Guid StaffMemberId, Guid SchoolId, int? YearsOfExperience);

/// <summary>New teachers of one group and how many of them still taught in the district the next year.</summary>
/// <param name="Shown">False when the group has fewer teachers than the district's minimum group size: then only that is said.</param>
public sealed record RetentionGroup(string Group, int Teachers, int Stayed, bool Shown)
{
    public double? Rate => Shown && Teachers > 0 ? (double)Stayed / Teachers : null;
}

/// <summary>
/// Retention of mentored new teachers against other new teachers, from two years of staffing records. A new
/// teacher had taught fewer than the district's "inexperienced" years in the first year; they stayed when they
/// teach anywhere in the district the next year; mentored means they were a mentee in any programme. A group
/// smaller than the district's minimum group size is not shown: its rate would tell about a handful of people.
/// </summary>
public static class MentoredRetention
{
    public const string Mentored = "Mentored new teachers";
    public const string Others = "Other new teachers";

    public static IReadOnlyList<RetentionGroup> Compare(
        IReadOnlyList<TeacherYear> firstYear, IReadOnlySet<Guid> teachingNextYear, IReadOnlySet<Guid> mentored,
        int newUnderYears, int minimumGroup)
    {
        var fresh = firstYear.Where(t => t.YearsOfExperience is { } years && years < newUnderYears)
            .DistinctBy(t => t.StaffMemberId).ToList();
        RetentionGroup Group(string name, bool wasMentored)
        {
            var people = fresh.Where(t => mentored.Contains(t.StaffMemberId) == wasMentored).ToList();
            var stayed = people.Count(t => teachingNextYear.Contains(t.StaffMemberId));
            var shown = people.Count >= minimumGroup;
            return new RetentionGroup(name, people.Count, shown ? stayed : 0, shown);
        }
        return [Group(Mentored, true), Group(Others, false)];
    }
}
