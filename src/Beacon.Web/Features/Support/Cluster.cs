using Beacon.Web.Data.Interceptors;
using Beacon.Web.Features.Schools;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Support;

/// <summary>
/// A group of schools working together under a joint plan, with a pooled fund and an allowance of
/// staff exchange days. The joint plan is plain text with one goal a line: the district improvement
/// plans in Features/Plans are whole strategic plans, too heavy for a cluster's shared goals.
/// </summary>
public class Cluster : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public required string Name { get; set; }
    public string? JointPlan { get; set; }

    /// <summary>The joint goals, one a line.</summary>
    public string? Goals { get; set; }

    public decimal ExchangeDaysAllowed { get; set; }
    public List<ClusterMember> Members { get; set; } = [];
    public List<ClusterFundEntry> FundEntries { get; set; } = [];
    public List<ExchangeVisit> ExchangeVisits { get; set; } = [];

    public IEnumerable<string> GoalLines => (Goals ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public class ClusterMember : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid ClusterId { get; set; }
    public Guid SchoolId { get; set; }
    public School? School { get; set; }
}

/// <summary>Money into the pooled fund (a member's contribution) or out of it (spending).</summary>
public class ClusterFundEntry : IDistrictOwned, ICreatedBy
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid ClusterId { get; set; }
    public FundEntryKind Kind { get; set; }

    /// <summary>The contributing school; null for spending and for contributions from the district.</summary>
    public Guid? SchoolId { get; set; }
    public School? School { get; set; }
    public decimal Amount { get; set; }
    public required string Description { get; set; }
    public DateOnly On { get; set; }
    public string RecordedBy { get; set; } = "";
    string ICreatedBy.CreatedBy { get => RecordedBy; set => RecordedBy = value; }
}

/// <summary>A staff member spending days at another school of the cluster; counted against the cluster's allowance.</summary>
public class ExchangeVisit : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid ClusterId { get; set; }
    public required string StaffName { get; set; }
    public Guid FromSchoolId { get; set; }
    public School? FromSchool { get; set; }
    public Guid ToSchoolId { get; set; }
    public School? ToSchool { get; set; }
    public DateOnly StartsOn { get; set; }
    public decimal Days { get; set; }
    public string? Purpose { get; set; }
}

public enum FundEntryKind
{
    Contribution,
    Spending,
}
