using Beacon.Web.Data.Interceptors;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Mentoring;

/// <summary>A confirmed mentor and mentee in a programme, with the fit they were matched on.</summary>
public class Pairing : IDistrictOwned, ICreatedAt, ICreatedBy
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid ProgrammeId { get; set; }
    public MentoringProgramme? Programme { get; set; }
    public Guid MenteeId { get; set; }
    public Guid MentorId { get; set; }

    /// <summary>The mentee's school when paired: whose principal sees the pairing's hours.</summary>
    public Guid SchoolId { get; set; }

    public int FitPoints { get; set; }
    public string FitExplanation { get; set; } = "";
    public string? Goals { get; set; }
    public DateOnly StartedOn { get; set; }
    public List<MentoringSession> Sessions { get; set; } = [];
    public List<PairingMilestone> MilestoneList { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

/// <summary>One logged session. The notes are private to the pair; others see the date, time and focus.</summary>
public class MentoringSession : IDistrictOwned, ICreatedAt, ICreatedBy
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid PairingId { get; set; }
    public DateOnly Date { get; set; }
    public int Minutes { get; set; }
    public required string Focus { get; set; }
    /// <summary>Private to the pair; the audit log records that it changed, never its text.</summary>
    public string? PrivateNotes { get; set; }

    public string? PrivateNextSteps { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

/// <summary>A milestone of a pairing, due some school days after it starts (from the programme), when it was met and reminded of.</summary>
public class PairingMilestone : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid PairingId { get; set; }
    public required string Name { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly? MetOn { get; set; }

    /// <summary>When the mentor and coordinator were reminded that it comes due unmet; once only.</summary>
    public DateTimeOffset? RemindedAt { get; set; }
}
