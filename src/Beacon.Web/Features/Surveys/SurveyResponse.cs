using Beacon.Web.Data.Interceptors;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Surveys;

/// <summary>
/// Who was asked and whether they have answered: kept only to refuse a second answer and to send
/// reminders. Nothing here points at the response, and nothing in the response points here. Not
/// audited row by row: a reminder updates exactly the rows of those who have not answered, so
/// per-row entries would tell who answered between two reminders. Mailings are audited as one
/// count each (<see cref="SurveyMailingLog"/>).
/// </summary>
public class SurveyInvitation : IDistrictOwned, INotAudited
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid SurveyId { get; set; }
    public Guid StaffMemberId { get; set; }
    public Guid SchoolId { get; set; }
    public required string RoleGroup { get; set; }

    /// <summary>SHA-256 of the one-time link's code; the code itself is only ever in the mail.</summary>
    public string? TokenHash { get; set; }

    public bool Answered { get; set; }
    public DateTimeOffset? MailedAt { get; set; }
}

/// <summary>Answers saved part-way, keyed by the invitation; deleted when the response is submitted.</summary>
public class SurveyDraft : IDistrictOwned, INotAudited
{
    public Guid InvitationId { get; set; }
    public Guid DistrictId { get; set; }

    /// <summary>Item id → chosen value, as JSON.</summary>
    public required string Answers { get; set; }

    public string? Comment { get; set; }
}

/// <summary>
/// One person's submitted answers, anonymous by construction: the survey, the school and the role
/// group, and no person, time or sequential id (the id is random). Not audited, because an audit
/// entry names who acted and when.
/// </summary>
public class SurveyResponse : IDistrictOwned, INotAudited
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid SurveyId { get; set; }
    public Guid SchoolId { get; set; }
    public required string RoleGroup { get; set; }
    public string? Comment { get; set; }
}

/// <summary>One answer to one item; school and role group are repeated so results are one GROUP BY without a join.</summary>
public class SurveyAnswer : IDistrictOwned, INotAudited
{
    public Guid ResponseId { get; set; }
    public Guid ItemId { get; set; }
    public Guid DistrictId { get; set; }
    public Guid SurveyId { get; set; }
    public Guid SchoolId { get; set; }
    public required string RoleGroup { get; set; }

    /// <summary>1 (strongly disagree) to 5 (strongly agree).</summary>
    public int Value { get; set; }
}
