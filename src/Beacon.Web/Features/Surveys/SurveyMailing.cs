using Beacon.Web.Data.Interceptors;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Surveys;

/// <summary>
/// One mailing of a survey's links, to everyone invited or (a reminder) to those who have not
/// answered: how many mails it queued, and the batch its outbox mails carry, so the survey's page
/// can say how many have gone out. A count only, never who; the audit log's entry for it is
/// <see cref="SurveyMailingLog"/>'s, so it is not audited again.
/// </summary>
public class SurveyMailing : IDistrictOwned, INotAudited
{
    /// <summary>Also the <see cref="Mail.OutboxMail.BatchId"/> of its mails.</summary>
    public Guid Id { get; set; }

    public Guid DistrictId { get; set; }
    public Guid SurveyId { get; set; }
    public bool Reminder { get; set; }

    /// <summary>How many mails are queued so far: once <see cref="Inviting"/> is over, the "of M" of the survey page's progress.</summary>
    public int Mails { get; set; }

    /// <summary>How many invitations the background worker has made so far (with or without a mail); each batch moves it on.</summary>
    public int Invited { get; set; }

    /// <summary>How many the confirmation counted to be mailed when the survey was published: the "of M" while <see cref="Inviting"/>.</summary>
    public int Expected { get; set; }

    /// <summary>True from publishing until <see cref="SurveyInvitingJob"/> has invited everyone; false for reminders, which are queued at once.</summary>
    public bool Inviting { get; set; }

    public DateTimeOffset QueuedAt { get; set; }
}
