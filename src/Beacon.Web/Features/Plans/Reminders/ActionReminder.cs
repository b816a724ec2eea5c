using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Plans.Reminders;

/// <summary>
/// One step of an overdue action's reminder cascade that went out. Its row is what keeps the step
/// from going out twice: the job sends only the steps that have none.
/// </summary>
public class ActionReminder : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid ActionId { get; set; }
    public ReminderStep Step { get; set; }
    public DateTimeOffset SentAt { get; set; }
}

/// <summary>Who an overdue action's reminder goes to, in the order the cascade reaches them.</summary>
public enum ReminderStep
{
    Owner,
    SchoolLeader,
    DistrictOwner,
}
