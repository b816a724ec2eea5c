using System.Globalization;
using Beacon.Web.Imports.Kinds;

namespace Beacon.Bench.Generate;

/// <summary>Generated rows as Beacon's own import templates (schools, staff, metrics), with the importer's own column names.</summary>
public static class TemplateFiles
{
    public static byte[] Schools(IEnumerable<GeneratedSchool> schools) => CsvFile.Build(SchoolRows.Columns, schools.Select(s => (IReadOnlyList<string>)
    [
        s.SourceId, s.Name, $"ST-{s.SourceId}", s.SourceId[3..], s.GradeBand, $"{s.SourceId[3..]} School Road", Number(s.Enrollment),
        Number(s.Poverty), Number(s.EnglishLearners), Number(s.Disability),
    ]));

    public static byte[] Staff(IEnumerable<GeneratedStaff> staff) => CsvFile.Build(StaffRows.Columns, staff.Select(p => (IReadOnlyList<string>)
    [
        p.SourceId, p.StaffNumber, p.GivenName, p.FamilyName, p.Email, p.Role, Number(p.YearsOfExperience), p.Certification,
        p.Effectiveness, string.Join(';', p.SchoolIds), p.Fte, p.Subject, p.OutOfField ? "yes" : "no",
    ]));

    /// <summary>One school year's metrics for every school (one file per year, so each import matches against one year's values).</summary>
    public static byte[] Metrics(ScaleData data, int yearIndex) => CsvFile.Build(
        [.. MetricRows.FixedColumns, .. ScaleData.MeasureCodes],
        data.Schools.Select((school, i) => (IReadOnlyList<string>)
            [school.SourceId, ScaleProfile.Years[yearIndex], .. data.Metrics(school, i, yearIndex).Select(m => m.Value)]));

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
