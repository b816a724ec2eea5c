using Beacon.Web.Features.Metrics;

namespace Beacon.Tests.Features.Schools;

public class MetricTableTests
{
    private static MetricValue Value(string measure, string year, double value) =>
        new(measure, year, new DateOnly(int.Parse(year[..4]), 8, 15), value);

    [Fact]
    public void Pivot_ValuesInAnyOrder_MeasuresByNameYearsOldestFirst()
    {
        var table = MetricTable.Pivot(
        [
            Value("Reading", "2025-26", 61),
            Value("Attendance", "2023-24", 95),
            Value("Reading", "2023-24", 55),
            Value("Attendance", "2025-26", 96),
            Value("Reading", "2024-25", 58),
        ]);

        Assert.Equal(["2023-24", "2024-25", "2025-26"], table.Years);
        Assert.Equal(["Attendance", "Reading"], table.Rows.Select(r => r.MeasureName));
        Assert.Equal([95, null, 96], table.Rows[0].Values);
        Assert.Equal([55, 58, 61], table.Rows[1].Values);
    }

    [Fact]
    public void Pivot_NoValues_EmptyTable()
    {
        var table = MetricTable.Pivot([]);

        Assert.True(table.IsEmpty);
        Assert.Empty(table.Years);
    }
}
