namespace Beacon.Web.Features.Home;

/// <summary>How a line of a home reads at a glance: plain, needing attention, or good news.</summary>
public enum HomeTone
{
    Plain,
    Attention,
    Good,
}

/// <summary>
/// One line of a role's home: what needs doing or knowing, the figure it is about, and the page where it is
/// done. <see cref="Key"/> names the line for tests and styles (<c>data-home-item</c>).
/// </summary>
public sealed record HomeItem(string Key, string Text, string? Href, int? Count = null, string? Detail = null, HomeTone Tone = HomeTone.Plain);

/// <summary>A group of lines under a heading, with the words shown when it has none.</summary>
public sealed record HomeSection(string Key, string Heading, IReadOnlyList<HomeItem> Items, string Empty);

/// <summary>What a role's home shows: its sections, in order.</summary>
public sealed record HomeView(string Role, string Heading, IReadOnlyList<HomeSection> Sections);

/// <summary>Limits of the homes: how many lines a list shows before it links to the full page.</summary>
public static class HomeLimits
{
    public const int Listed = 5;

    /// <summary>How far ahead a home looks for meetings.</summary>
    public const int MeetingDaysAhead = 14;

    /// <summary>How far ahead a teacher's home looks for their community's next meeting.</summary>
    public const int NextMeetingDaysAhead = 120;
}
