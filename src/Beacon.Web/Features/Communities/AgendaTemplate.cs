using Beacon.Web.Data.Interceptors;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Communities;

/// <summary>An agenda a district authored for its communities' meetings.</summary>
public class AgendaTemplate : IDistrictOwned, ICreatedAt
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<AgendaTemplateItem> Items { get; set; } = [];
}

public class AgendaTemplateItem : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid TemplateId { get; set; }
    public int Position { get; set; }
    public required string Title { get; set; }
    public int Minutes { get; set; }
    public string? Guidance { get; set; }
    public AgendaItemKind Kind { get; set; }
}

public sealed record AgendaStep(string Title, int Minutes, AgendaItemKind Kind, string Guidance);

/// <summary>
/// The teacher learning community agenda Beacon ships with: about two hours, built so that every
/// member reports on their plan (accountability) and leaves with their next step (choice, gradualism).
/// </summary>
public static class TlcTemplate
{
    public const string Name = "Teacher learning community meeting";

    public static readonly IReadOnlyList<AgendaStep> Steps =
    [
        new("Introduction", 5, AgendaItemKind.General,
            "Welcome everyone, restate the community's focus and what this meeting is for."),
        new("Starter activity", 10, AgendaItemKind.General,
            "A short warm-up that gets people talking about learning, such as sharing one moment from a lesson this month."),
        new("How's it going?", 50, AgendaItemKind.CheckInRound,
            "Each member in turn says what they tried from their action plan, what happened, and what they will change. Colleagues ask questions and offer ideas; the facilitator keeps time so everyone is heard."),
        new("New learning", 20, AgendaItemKind.General,
            "Explore one technique or idea together: read, watch or try it, and talk about how it might look in each classroom."),
        new("Personal action planning", 15, AgendaItemKind.ActionPlanning,
            "Each member updates their plan: what they will try before the next meeting and how they will adapt it. Add a new technique only if one is embedded or dropped."),
        new("Summary", 5, AgendaItemKind.General,
            "Recap what was decided, who will do what, and confirm the next meeting."),
    ];
}
