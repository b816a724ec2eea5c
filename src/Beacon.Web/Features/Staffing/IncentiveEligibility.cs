using System.Globalization;
using Beacon.Web.Features.Staff;

namespace Beacon.Web.Features.Staffing;

/// <summary>One teacher's assignment, with what an incentive rule looks at.</summary>
public sealed record TeacherAssignment(
    Guid StaffMemberId, string Name, string School, double? SchoolPovertyPercent, int? SchoolQuartile,
    EffectivenessRating? Rating, string? Subject, double Fte);

public sealed record EligibleTeacher(Guid StaffMemberId, string Name, string Schools, double QualifyingFte, decimal Amount);

public sealed record IncentiveSimulation(IReadOnlyList<EligibleTeacher> Eligible, decimal TotalCost);

/// <summary>
/// Who an incentive rule pays and what it costs. A teacher qualifies through any qualifying
/// assignment; the yearly amount is paid in proportion to the FTE of qualifying assignments, never
/// more than once in full.
/// </summary>
public static class IncentiveEligibility
{
    public static IncentiveSimulation Simulate(IncentiveRule rule, IEnumerable<TeacherAssignment> assignments)
    {
        var eligible = assignments
            .Where(a => Qualifies(rule, a))
            .GroupBy(a => a.StaffMemberId)
            .Select(g =>
            {
                var fte = Math.Min(1.0, g.Sum(a => a.Fte));
                return new EligibleTeacher(g.Key, g.First().Name, string.Join(", ", g.Select(a => a.School).Distinct()), fte,
                    Math.Round(rule.AmountPerYear * (decimal)fte, 2));
            })
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        return new IncentiveSimulation(eligible, eligible.Sum(t => t.Amount));
    }

    public static bool Qualifies(IncentiveRule rule, TeacherAssignment assignment) => rule.Kind switch
    {
        IncentiveKind.HighlyEffectiveInHighPoverty =>
            assignment.Rating == EffectivenessRating.HighlyEffective
            && assignment.SchoolPovertyPercent >= (rule.MinimumPovertyPercent ?? 0),
        IncentiveKind.HardToStaffSubjectInTopQuartile =>
            assignment.SchoolQuartile == 4
            && rule.Subject is { Length: > 0 } subject
            && string.Equals(assignment.Subject?.Trim(), subject.Trim(), StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    public static string Describe(IncentiveRule rule) => rule.Kind switch
    {
        IncentiveKind.HighlyEffectiveInHighPoverty =>
            string.Create(CultureInfo.CurrentCulture, $"Highly effective teachers in schools at or above {rule.MinimumPovertyPercent:0.#}% poverty earn {rule.AmountPerYear:N0} a year."),
        _ => string.Create(CultureInfo.CurrentCulture, $"Teachers of {rule.Subject} in highest-poverty-quartile schools earn {rule.AmountPerYear:N0} a year."),
    };
}
