using System.Globalization;

namespace Beacon.Web.Features.Learning;

public static class LearningLabels
{
    public static string Label(this OfferingKind kind) => kind switch
    {
        OfferingKind.OnlineModule => "Online module",
        OfferingKind.Community => "Community participation",
        _ => kind.ToString(),
    };

    public static string Label(this RegistrationStatus status, ApprovalStep? step) => status switch
    {
        RegistrationStatus.Requested => $"Awaiting the {ApprovalChain.Label(step ?? ApprovalStep.Office)}'s approval",
        RegistrationStatus.Enrolled => "Enrolled",
        RegistrationStatus.Waitlisted => "On the waitlist",
        RegistrationStatus.Declined => "Not approved",
        _ => "Cancelled",
    };

    public static string Amount(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);

    public static string When(LearningSession session) =>
        Communities.CommunityTime.ToLocal(session.StartsAt, session.TimeZoneId).ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture)
        + string.Create(CultureInfo.InvariantCulture, $" ({session.Minutes} min, {session.TimeZoneId})");

    public static string Money(decimal amount) => amount == 0 ? "Free" : amount.ToString("#,0.00", CultureInfo.InvariantCulture);
}

public static class ExternalLabels
{
    public static string Label(this External.ExternalStatus status) => status switch
    {
        External.ExternalStatus.Submitted => "Awaiting the professional learning office",
        External.ExternalStatus.Approved => "Approved",
        _ => "Returned",
    };
}
