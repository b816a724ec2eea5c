namespace Beacon.Web.Features.Learning;

/// <summary>The limits of professional learning's lists and the cleaning of its free text.</summary>
public static class LearningForms
{
    /// <summary>Pending approvals shown at once: the oldest first; deciding them brings the next.</summary>
    public const int PendingShown = 200;

    /// <summary>People on one roster page: the largest session the capacity allows is far beyond a room.</summary>
    public const int RosterShown = 500;

    /// <summary>How early before a session self check-in opens.</summary>
    public static readonly TimeSpan CheckInOpensBefore = TimeSpan.FromMinutes(30);

    public static string? Clean(string? text, int limit) =>
        string.IsNullOrWhiteSpace(text) ? null : Data.Limits.Fit(text.Trim(), limit);
}
