using Beacon.Web.Data;
using Beacon.Web.Imports.Kinds;
using Beacon.Web.Imports.Reading;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Imports;

/// <summary>
/// Loads the records an import kind matches against: one query per table, scoped to the district
/// by the tenant filter. Tracked when applying (so changes made in place are saved), untracked
/// for a preview.
/// </summary>
public static class ExistingRecordsLoader
{
    public static async Task<ExistingRecords> LoadAsync(BeaconDbContext db, ImportKind kind, ImportInput input, bool tracking, CancellationToken cancellationToken)
    {
        IQueryable<T> Query<T>(IQueryable<T> set) where T : class => tracking ? set : set.AsNoTracking();

        var records = new ExistingRecords();
        foreach (var school in await Query(db.Schools).ToListAsync(cancellationToken))
        {
            records.Schools[school.SourceId] = school;
        }
        if (kind is ImportKind.Staff or ImportKind.OneRoster)
        {
            foreach (var member in await Query(db.StaffMembers).ToListAsync(cancellationToken))
            {
                records.Staff[member.SourceId] = member;
            }
            foreach (var group in (await Query(db.StaffAssignments).ToListAsync(cancellationToken)).GroupBy(a => a.StaffMemberId))
            {
                records.AssignmentsByStaff[group.Key] = group.ToList();
            }
        }
        if (kind is ImportKind.Metrics or ImportKind.Positions)
        {
            foreach (var year in await Query(db.SchoolYears).ToListAsync(cancellationToken))
            {
                records.Years[year.Name] = year;
            }
        }
        if (kind == ImportKind.Positions)
        {
            foreach (var position in await Query(db.StaffingPositions).ToListAsync(cancellationToken))
            {
                records.Positions[(position.SchoolId, position.SchoolYearId, position.PositionKind.ToLowerInvariant())] = position;
            }
        }
        if (kind == ImportKind.Metrics)
        {
            foreach (var measure in await Query(db.Measures).ToListAsync(cancellationToken))
            {
                records.Measures[measure.Code] = measure;
            }
            var yearIds = YearsIn(input.Table).Select(name => records.Years.GetValueOrDefault(name)?.Id).OfType<Guid>().ToList();
            var metrics = await Query(db.SchoolMetrics).Where(m => yearIds.Contains(m.SchoolYearId)).ToListAsync(cancellationToken);
            foreach (var metric in metrics)
            {
                records.Metrics[(metric.SchoolId, metric.SchoolYearId, metric.MeasureId)] = metric;
            }
        }
        return records;
    }

    private static IEnumerable<string> YearsIn(ImportTable? table)
    {
        if (table is null)
        {
            return [];
        }
        var column = table.Column("school_year");
        return table.Rows.Select(r => MetricRows.YearName(r[column])).OfType<string>().Distinct();
    }
}
