namespace Beacon.Web.Ui.Charts;

/// <summary>
/// A stacked bar chart with the table of its figures, as <c>Features/Shared/_StackedBarFigure.cshtml</c>
/// renders it: the SVG, then the same rows in a table inside a <c>&lt;details&gt;</c>. One model for both,
/// so the chart cannot show a figure the table does not.
/// </summary>
public sealed record StackedBarFigure(string Title, string RowHeader, IReadOnlyList<string> Levels, IReadOnlyList<StackedBarRow> Rows)
{
    /// <summary>The heading of the rows' summaries in the table (e.g. "Favourable"); no column when null.</summary>
    public string? SummaryHeader { get; init; }

    /// <summary>The heading of the rows' changes in the table (e.g. "Change since last year's survey"); no column when null.</summary>
    public string? ChangeHeader { get; init; }

    public ChartDrawing Drawing => StackedBarChart.Build(Title, Levels, Rows);

    public string Svg => SvgChart.Render(Drawing);
}
