using System.Globalization;
using Beacon.Web.Features.Staffing;
using Beacon.Web.Imports.Reading;

namespace Beacon.Web.Imports.Kinds;

/// <summary>
/// The staffing-positions template: one row per school, school year and kind of position, with its
/// vacancies and extra positions (in posts, halves allowed). Rows match on school, year and kind
/// (ignoring case); an empty number cell counts as 0, and a number column left out of the file
/// leaves that figure as it is. A year the district does not have yet is
/// created, as with metrics. Positions missing from the file are left as they are.
/// </summary>
public static class PositionRows
{
    public static readonly IReadOnlyList<string> Columns = ["school_id", "school_year", "position_kind", "vacancies", "extra_positions"];

    private static readonly IReadOnlyList<string> Required = ["school_id", "school_year", "position_kind"];

    public const decimal MostPosts = 1000;

    public static ImportPlan Plan(ImportTable table, ExistingRecords existing)
    {
        var plan = new ImportPlan();
        if (!HeaderCheck.Check(table, plan, Required, Columns) || !HeaderCheck.HasRows(table, plan))
        {
            return plan;
        }
        var c = new PositionColumns(table);
        if (!c.Vacancies.Present && !c.Extra.Present)
        {
            plan.Problem(1, "vacancies", "The header has neither a vacancies nor an extra_positions column, so there is nothing to import. Add one or both (the template shows them).");
            return plan;
        }
        var seen = new Dictionary<(string, string, string), int>();
        foreach (var row in table.Rows)
        {
            var check = new RowCheck(plan, row);
            var schoolId = check.Text(c.School, 400, required: true);
            Features.Schools.School? school = null;
            if (schoolId.Length > 0 && !existing.Schools.TryGetValue(schoolId, out school))
            {
                check.Fail(c.School, $"School {Cells.Quote(schoolId)} is not one of the district's schools. Correct the id, or import the school first with the schools template.");
            }
            var yearText = check.Text(c.Year, 20, required: true);
            var yearName = yearText.Length == 0 ? null : MetricRows.YearName(yearText);
            if (yearText.Length > 0 && yearName is null)
            {
                check.Fail(c.Year, $"{Cells.Quote(yearText)} is not a school year. Write it as the starting year and the next one's last two digits, e.g. 2025-26.");
            }
            var kind = check.Text(c.Kind, 120, required: true);
            if (school is not null && yearName is not null && kind.Length > 0
                && !seen.TryAdd((school.SourceId, yearName, kind.ToLowerInvariant()), row.Line))
            {
                check.Fail(c.Kind, $"{Cells.Quote(kind)} at school {Cells.Quote(schoolId)} in {yearName} is also on line {seen[(school.SourceId, yearName, kind.ToLowerInvariant())]}. Put each kind of position once per school and year.");
            }
            var vacancies = Posts(check, c.Vacancies);
            var extra = Posts(check, c.Extra);
            if (!check.Failed && row[c.Vacancies].Length == 0 && row[c.Extra].Length == 0)
            {
                check.Fail(c.Vacancies.Present ? c.Vacancies : c.Extra, "Both vacancies and extra_positions are empty. Enter a number in one of them (0 is fine), or delete the row.");
            }
            if (check.Failed || school is null || yearName is null)
            {
                continue;
            }
            var year = MetricRows.Year(yearName, existing, plan);
            var key = (school.Id, year.Id, kind.ToLowerInvariant());
            var description = string.Create(CultureInfo.InvariantCulture, $"{school.Name}, {year.Name}, {kind}: {vacancies} vacant, {extra} extra");
            var isNew = !existing.Positions.TryGetValue(key, out var position);
            position ??= new StaffingPosition { Id = Guid.CreateVersion7(), SchoolId = school.Id, SchoolYearId = year.Id, PositionKind = kind };
            // A column left out of the file leaves that figure as it is.
            var changed = c.Vacancies.Present && Change.Set(position.Vacancies, vacancies, v => position.Vacancies = v);
            changed |= c.Extra.Present && Change.Set(position.ExtraPositions, extra, v => position.ExtraPositions = v);
            plan.Record(isNew, changed, row.Line, description, position);
            existing.Positions[key] = position;
        }
        return plan;
    }

    /// <summary>A count of posts from 0 to <see cref="MostPosts"/> in whole or half posts; an empty cell is 0.</summary>
    private static decimal Posts(RowCheck check, ImportColumn column)
    {
        var number = check.Number(column, 0, (double)MostPosts);
        if (number is not { } posts)
        {
            return 0;
        }
        if (posts * 2 != Math.Floor(posts * 2))
        {
            check.Fail(column, string.Create(CultureInfo.InvariantCulture, $"{posts} is not a whole or half post. Round it to the nearest 0.5, e.g. {Math.Round(posts * 2) / 2}."));
            return 0;
        }
        return (decimal)posts;
    }

    private sealed class PositionColumns(ImportTable table)
    {
        public ImportColumn School { get; } = table.Column("school_id");
        public ImportColumn Year { get; } = table.Column("school_year");
        public ImportColumn Kind { get; } = table.Column("position_kind");
        public ImportColumn Vacancies { get; } = table.Column("vacancies");
        public ImportColumn Extra { get; } = table.Column("extra_positions");
    }
}
