using System.Globalization;
using System.Text.RegularExpressions;
using Beacon.Web.Features.Metrics;
using Beacon.Web.Features.Schools;
using Beacon.Web.Imports.Reading;

namespace Beacon.Web.Imports.Kinds;

/// <summary>
/// The school-year metrics template, wide: school_id, school_year, then one column per measure
/// code. A year or measure code the district does not have yet is created (and listed in the
/// preview); an empty cell leaves that value as it is.
/// </summary>
public static partial class MetricRows
{
    public static readonly IReadOnlyList<string> FixedColumns = ["school_id", "school_year"];

    public static ImportPlan Plan(ImportTable table, ExistingRecords existing)
    {
        var plan = new ImportPlan();
        if (!HeaderCheck.Check(table, plan, FixedColumns) || !HeaderCheck.HasRows(table, plan))
        {
            return plan;
        }
        var measures = MeasureColumns(table, existing, plan);
        if (!plan.IsValid)
        {
            return plan;
        }
        var schoolColumn = table.Column("school_id");
        var yearColumn = table.Column("school_year");
        var seen = new Dictionary<(string, string), int>();
        foreach (var row in table.Rows)
        {
            var check = new RowCheck(plan, row);
            var schoolId = check.Text(schoolColumn, 400, required: true);
            School? school = null;
            if (schoolId.Length > 0 && !existing.Schools.TryGetValue(schoolId, out school))
            {
                check.Fail(schoolColumn, $"School {Cells.Quote(schoolId)} is not one of the district's schools. Correct the id, or import the school first with the schools template.");
            }
            var yearText = check.Text(yearColumn, 20, required: true);
            var yearName = yearText.Length == 0 ? null : YearName(yearText);
            if (yearText.Length > 0 && yearName is null)
            {
                check.Fail(yearColumn, $"{Cells.Quote(yearText)} is not a school year. Write it as the starting year and the next one's last two digits, e.g. 2025-26.");
            }
            if (school is not null && yearName is not null && !seen.TryAdd((school.SourceId, yearName), row.Line))
            {
                check.Fail(yearColumn, $"School {Cells.Quote(schoolId)} already has a row for {yearName} on line {seen[(school.SourceId, yearName)]}. Put each school's year on one row.");
            }
            var values = measures.Select(m => (m.Measure, Value: Value(check, m.Column, m.Measure.Code))).ToList();
            if (check.Failed || school is null || yearName is null)
            {
                continue;
            }
            var year = Year(yearName, existing, plan);
            foreach (var (measure, value) in values.Where(v => v.Value is not null))
            {
                var key = (school.Id, year.Id, measure.Id);
                var description = string.Create(CultureInfo.InvariantCulture, $"{school.Name}, {year.Name}: {measure.Code} = {value}");
                if (existing.Metrics.TryGetValue(key, out var metric))
                {
                    var changed = Change.Set(metric.Value, value!.Value, v => metric.Value = v);
                    plan.Record(isNew: false, changed, row.Line, description, metric);
                }
                else
                {
                    metric = new SchoolMetric { Id = Guid.CreateVersion7(), SchoolId = school.Id, SchoolYearId = year.Id, MeasureId = measure.Id, Value = value!.Value };
                    existing.Metrics[key] = metric;
                    plan.Create(row.Line, description, metric);
                }
            }
        }
        return plan;
    }

    /// <summary>"2025-26" (or "2025-2026", "2025/26") as Beacon names the year, or null when it is not a school year.</summary>
    public static string? YearName(string text)
    {
        var match = YearPattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }
        var start = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var end = match.Groups[2].Value;
        var expected = end.Length == 2 ? (start + 1) % 100 : start + 1;
        return int.Parse(end, CultureInfo.InvariantCulture) == expected && start is >= 1990 and <= 2100
            ? string.Create(CultureInfo.InvariantCulture, $"{start}-{(start + 1) % 100:00}")
            : null;
    }

    /// <summary>The measure of each column after the fixed ones, creating those the district does not have.</summary>
    private static List<(ImportColumn Column, Measure Measure)> MeasureColumns(ImportTable table, ExistingRecords existing, ImportPlan plan)
    {
        var result = new List<(ImportColumn, Measure)>();
        foreach (var header in table.Headers.Where(h => h.Length > 0 && !FixedColumns.Contains(h, StringComparer.OrdinalIgnoreCase)))
        {
            var code = header.ToLowerInvariant();
            if (!CodePattern().IsMatch(code))
            {
                plan.Problem(1, header, "This is not a measure code. A code is lower-case letters, digits and underscores, starting with a letter, e.g. reading_proficiency. Rename the column.");
                continue;
            }
            if (!existing.Measures.TryGetValue(code, out var measure))
            {
                measure = new Measure { Id = Guid.CreateVersion7(), Code = code, Name = Humanize(code) };
                existing.Measures[code] = measure;
                plan.Added.Add(measure);
                plan.Notes.Add($"New measure {code} (\"{measure.Name}\", higher is better) will be created.");
            }
            result.Add((table.Column(header), measure));
        }
        if (result.Count == 0 && plan.IsValid)
        {
            plan.Problem(1, "", $"The file has no measure columns. Add a column per measure after school_id and school_year, e.g. {Measure.EnrollmentCode} or {Measure.PovertyCode}.");
        }
        return result;
    }

    private static double? Value(RowCheck check, ImportColumn column, string code) => code switch
    {
        Measure.EnrollmentCode => check.Integer(column, 0, 100_000),
        Measure.PovertyCode => check.Number(column, 0, 100, percent: true),
        _ when code.EndsWith("_percent", StringComparison.Ordinal) => check.Number(column, 0, 100, percent: true),
        _ => check.Number(column, -1e12, 1e12),
    };

    /// <summary>The district's year of that name, or a new one (listed in the preview) for the plan to add.</summary>
    internal static SchoolYear Year(string name, ExistingRecords existing, ImportPlan plan)
    {
        if (existing.Years.TryGetValue(name, out var year))
        {
            return year;
        }
        // A US school year for federal reporting runs from 1 July to 30 June.
        var start = int.Parse(name[..4], CultureInfo.InvariantCulture);
        year = new SchoolYear { Id = Guid.CreateVersion7(), Name = name, StartsOn = new DateOnly(start, 7, 1), EndsOn = new DateOnly(start + 1, 6, 30) };
        existing.Years[name] = year;
        plan.Added.Add(year);
        plan.Notes.Add($"New school year {name} (1 July {start} to 30 June {start + 1}) will be created.");
        return year;
    }

    private static string Humanize(string code)
    {
        var words = code.Replace('_', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex(@"^(\d{4})\s*[-/–]\s*(\d{2}|\d{4})$")]
    private static partial Regex YearPattern();

    [GeneratedRegex("^[a-z][a-z0-9_]{0,59}$")]
    private static partial Regex CodePattern();
}
