namespace Beacon.Web.Features.Plans;

/// <summary>One school's value of a measure in a year, with its enrollment as the weight where known.</summary>
public sealed record SchoolValue(double Value, double? Enrollment);

public enum AggregationMethod
{
    /// <summary>Each school counts in proportion to its enrollment.</summary>
    EnrollmentWeighted,

    /// <summary>Each school counts once, because some school's enrollment is unknown.</summary>
    SimpleAverage,

    /// <summary>The schools' values added up (enrollment itself: the district's total).</summary>
    Total,
}

public sealed record DistrictValue(double Value, AggregationMethod Method, int Schools);

/// <summary>
/// The district plan's actual for a measure taken from school metrics: the enrollment-weighted
/// average of the schools' values, so a result describes the district's students rather than its
/// buildings. When any contributing school's enrollment is unknown (or zero) the weights would
/// silently drop that school, so the simple average of all schools is used instead, and the method
/// is reported with the value. Counts (enrollment itself) are totalled, not averaged.
/// </summary>
public static class DistrictAggregate
{
    public static DistrictValue? Combine(IReadOnlyCollection<SchoolValue> values, bool isCount = false)
    {
        if (values.Count == 0)
        {
            return null;
        }
        if (isCount)
        {
            return new DistrictValue(values.Sum(v => v.Value), AggregationMethod.Total, values.Count);
        }
        if (values.All(v => v.Enrollment is > 0))
        {
            var weight = values.Sum(v => v.Enrollment!.Value);
            return new DistrictValue(values.Sum(v => v.Value * v.Enrollment!.Value) / weight, AggregationMethod.EnrollmentWeighted, values.Count);
        }
        return new DistrictValue(values.Average(v => v.Value), AggregationMethod.SimpleAverage, values.Count);
    }
}
