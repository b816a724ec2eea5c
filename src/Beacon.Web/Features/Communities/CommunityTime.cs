namespace Beacon.Web.Features.Communities;

/// <summary>Converts between a community's local meeting times and the UTC instants stored for meetings.</summary>
public static class CommunityTime
{
    public static readonly IReadOnlyList<string> Zones =
        ["UTC", "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "Europe/London"];

    public static DateTimeOffset ToUtc(DateTime local, string timeZoneId)
    {
        var zone = Find(timeZoneId);
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(zone.IsInvalidTime(unspecified) ? unspecified.AddHours(1) : unspecified, zone), TimeSpan.Zero);
    }

    public static DateTime ToLocal(DateTimeOffset instant, string timeZoneId) =>
        TimeZoneInfo.ConvertTime(instant, Find(timeZoneId)).DateTime;

    public static DateOnly Today(DateTimeOffset now, string timeZoneId) => DateOnly.FromDateTime(ToLocal(now, timeZoneId));

    private static TimeZoneInfo Find(string timeZoneId) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;
}
