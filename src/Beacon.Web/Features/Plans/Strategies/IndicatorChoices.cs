using Beacon.Web.Data;
using Beacon.Web.Features.SelfAssessment;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans.Strategies;

public sealed record IndicatorChoice(Guid Id, string Code, string Text, bool IsPriority);

public sealed record FrameworkChoices(string Framework, IReadOnlyList<IndicatorChoice> Indicators);

/// <summary>
/// The indicators a strategy can say it addresses: those of the current version of each adopted
/// framework, the plan's own self-assessment priorities (district priorities for a district plan,
/// the school's for a school plan), and whatever the strategy already links, so an edit never drops
/// a link silently. One indicator per framework and code; a priority is marked so it is easy to find.
/// </summary>
public static class IndicatorChoices
{
    public static async Task<IReadOnlyList<FrameworkChoices>> ForAsync(
        BeaconDbContext db, Guid? schoolId, IReadOnlyCollection<Guid> linked, CancellationToken cancellationToken)
    {
        var priorities = await new PrioritiesQuery(db).KeysAsync(cancellationToken);
        var priorityIds = priorities.Where(p => p.SchoolId == schoolId).Select(p => p.IndicatorId).ToHashSet();
        var priorityKeys = priorities.Where(p => p.SchoolId == schoolId).Select(p => p.Key).ToHashSet();

        var candidates = await (
                from i in db.Indicators
                join v in db.FrameworkVersions on i.FrameworkVersionId equals v.Id
                join f in db.Frameworks on v.FrameworkId equals f.Id
                where linked.Contains(i.Id) || priorityIds.Contains(i.Id) || (f.Adopted && f.CurrentVersionId == v.Id)
                select new { i.Id, i.Code, i.Text, f.Name, v.FrameworkId, Current = f.CurrentVersionId == v.Id, DomainPosition = i.Domain!.Position, i.Position })
            .ToListAsync(cancellationToken);

        return candidates
            .GroupBy(c => new IndicatorKey(c.FrameworkId, c.Code))
            // Keep the linked indicator if there is one, else the current version's, else the priority's own.
            .Select(g => g.OrderByDescending(c => linked.Contains(c.Id)).ThenByDescending(c => c.Current).First())
            .GroupBy(c => c.Name)
            .OrderBy(g => g.Key, StringComparer.CurrentCultureIgnoreCase)
            .Select(g => new FrameworkChoices(g.Key, g
                .OrderBy(c => c.DomainPosition).ThenBy(c => c.Position)
                .Select(c => new IndicatorChoice(c.Id, c.Code, c.Text, priorityKeys.Contains(new IndicatorKey(c.FrameworkId, c.Code))))
                .ToList()))
            .ToList();
    }

    /// <summary>Sets the strategy's links to the chosen indicators; false when a choice is not on offer.</summary>
    public static bool TryApply(Strategy strategy, IReadOnlyCollection<Guid> chosen, IReadOnlyList<FrameworkChoices> offered)
    {
        var allowed = offered.SelectMany(f => f.Indicators).Select(i => i.Id).ToHashSet();
        if (!chosen.All(allowed.Contains))
        {
            return false;
        }
        strategy.Indicators.RemoveAll(link => !chosen.Contains(link.IndicatorId));
        foreach (var id in chosen.Distinct().Where(id => strategy.Indicators.All(link => link.IndicatorId != id)))
        {
            strategy.Indicators.Add(new StrategyIndicator { IndicatorId = id });
        }
        return true;
    }
}
