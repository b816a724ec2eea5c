namespace Beacon.Web.Ui.Charts;

/// <summary>One mark of a chart, in the chart's own units (its width and height, y downwards).</summary>
public abstract record Shape;

/// <summary>A filled rectangle; hatched ones carry diagonal lines so they differ from their neighbours without colour.</summary>
public sealed record Box(double X, double Y, double Width, double Height, string Fill, string? Stroke = null, bool Hatched = false, string? Tip = null) : Shape
{
    public IReadOnlyDictionary<string, string> Data { get; init; } = new Dictionary<string, string>();
}

/// <summary>Connected points, solid or dashed.</summary>
public sealed record Line(IReadOnlyList<ChartPoint> Points, string Stroke, double StrokeWidth, bool Dashed = false) : Shape;

public sealed record Dot(double X, double Y, double Radius, string Fill, string? Tip = null) : Shape;

public enum TextAnchor
{
    Start,
    Middle,
    End,
}

/// <summary>Text whose baseline sits at <see cref="Y"/>.</summary>
public sealed record Label(double X, double Y, string Text, double Size, string Fill, TextAnchor Anchor = TextAnchor.Start, bool Bold = false) : Shape;

/// <summary>Marks that belong together (one bar and its label), with the figures they show as data for tests and tools.</summary>
public sealed record ShapeGroup(IReadOnlyDictionary<string, string> Data, IReadOnlyList<Shape> Shapes) : Shape;

public readonly record struct ChartPoint(double X, double Y);

/// <summary>
/// A chart as plain marks: built by plain C# (<see cref="StackedBarChart"/>, <see cref="TrendChart"/>,
/// <see cref="Sparkline"/>), written as SVG on pages (<see cref="SvgChart"/>) and as vector paths in PDFs
/// (<c>Web/Pdf/PdfReport.Chart</c>), so a page and its PDF draw the same figures.
/// </summary>
public sealed record ChartDrawing(double Width, double Height, string Title, IReadOnlyList<Shape> Shapes)
{
    /// <summary>The CSS class of the SVG: <c>chart</c> scales to the column, <c>sparkline</c> sits in a table cell.</summary>
    public string CssClass { get; init; } = "chart";

    public IReadOnlyDictionary<string, string> Data { get; init; } = new Dictionary<string, string>();
}
