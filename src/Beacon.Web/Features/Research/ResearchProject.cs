using Beacon.Web.Data.Interceptors;
using Beacon.Web.Features.Schools;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Research;

/// <summary>Where a project stands. Only a published one is seen beyond its authors and reviewers.</summary>
public enum ResearchStage
{
    Proposal = 0,
    InProgress,
    Review,
    Published,
}

/// <summary>A teacher's (or a team's) action research: the question asked in a classroom and what was found.</summary>
public class ResearchProject : IDistrictOwned, ICreatedAt, ICreatedBy, IUpdatedAt, IUpdatedBy
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public required string Title { get; set; }
    public required string Question { get; set; }
    public string? Context { get; set; }
    public string? Method { get; set; }
    public string? Data { get; set; }
    public string? Findings { get; set; }
    public string? Implications { get; set; }

    /// <summary>The subject it was done in (free text, as staff assignments hold it), for the library's filter.</summary>
    public string? Subject { get; set; }

    public GradeBand? GradeBand { get; set; }
    public ResearchStage Stage { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public List<ResearchMember> Members { get; set; } = [];
    public List<ResearchIndicator> Indicators { get; set; } = [];
    public List<ResearchGoal> Goals { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}

public enum ResearchRole
{
    Author = 0,
    Reviewer,
}

/// <summary>An author or reviewer of a project, with their school when added (authors may come from several schools).</summary>
public class ResearchMember : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid ProjectId { get; set; }
    public Guid StaffMemberId { get; set; }
    public ResearchRole Role { get; set; }

    /// <summary>The person's school when added: the library's school filter reads the authors' schools.</summary>
    public Guid? SchoolId { get; set; }
}

/// <summary>A framework indicator the project serves.</summary>
public class ResearchIndicator : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid ProjectId { get; set; }
    public Guid IndicatorId { get; set; }
}

/// <summary>A plan goal the project serves.</summary>
public class ResearchGoal : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid ProjectId { get; set; }
    public Guid PlanGoalId { get; set; }
}

/// <summary>A reviewer's (or an author's) comment on the project.</summary>
public class ResearchComment : IDistrictOwned, ICreatedAt, ICreatedBy
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid ProjectId { get; set; }
    public Guid StaffMemberId { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

/// <summary>A file attached to a project, kept in the database like self-assessment evidence and only ever served as a download.</summary>
public class ResearchAttachment : IDistrictOwned, ICreatedAt, ICreatedBy
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid ProjectId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public byte[] Content { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}
