using Beacon.Web.Ui.Charts;

namespace Beacon.Web.Features.Plans;

/// <summary>
/// A plan's actions on a timeline, with the table behind it: every action with a due date is drawn from its start
/// (or on its due day) in its status's colour, overdue ones outlined in red and saying so. Actions without a due date
/// are in the table only, saying why they are not drawn.
/// </summary>
public sealed record ActionTimeline(ChartDrawing? Drawing, IReadOnlyList<ActionView> Drawn, IReadOnlyList<ActionView> Undated)
{
    public const string Title = "Timeline of the plan's actions";

    public static ActionTimeline For(PlanView view, DateOnly today)
    {
        var actions = view.AllActions.ToList();
        var drawn = actions.Where(a => a.DueOn is not null).OrderBy(a => a.StartsOn ?? a.DueOn).ThenBy(a => a.DueOn).ThenBy(a => a.Title, StringComparer.Ordinal).ToList();
        var rows = drawn.Select(a => new TimelineRow(a.Title, a.StartsOn, a.DueOn!.Value,
            ActionSchedule.Label(a.Status), Style(a.Status), a.IsOverdue)).ToList();
        var drawing = rows.Count == 0 ? null : TimelineChart.Build(Title, rows, today, d => PlanFormat.Date(d));
        return new ActionTimeline(drawing, drawn, actions.Where(a => a.DueOn is null).ToList());
    }

    /// <summary>The status as the chart and the table both write it.</summary>
    public static string Status(ActionView action) =>
        action.IsOverdue ? $"{ActionSchedule.Label(action.Status)}, overdue" : ActionSchedule.Label(action.Status);

    /// <summary>Done is green, under way dark blue, not started grey and hatched, cancelled pale and hatched: colour only repeats the words.</summary>
    public static TimelineStyle Style(ActionStatus status) => status switch
    {
        ActionStatus.Complete => new(ChartColours.Good),
        ActionStatus.InProgress => new("#0b5394"),
        ActionStatus.Cancelled => new("#c9d1d9", Hatched: true),
        _ => new("#8a939c", Hatched: true),
    };
}
