namespace Beacon.Web.Ui.Charts;

/// <summary>
/// Colours of the charts. Every fill has at least 3:1 contrast with white (WCAG 1.4.11) or is outlined,
/// text on a fill is chosen for 4.5:1, and no chart tells figures apart by colour alone (labels, hatching,
/// shapes of markers, and the table behind every chart).
/// </summary>
public static class ChartColours
{
    public const string Ink = "#1b1f24";
    public const string Muted = "#4a5561";
    public const string Grid = "#c9d1d9";
    public const string Good = "#1e6b34";
    public const string Bad = "#a4262c";

    // From most negative to most positive: red, light red, grey, light blue, dark blue.
    private static readonly string[] Diverging5 = ["#a4262c", "#d9655d", "#8a939c", "#4a8ccb", "#0b5394"];
    private static readonly string[] Diverging4 = ["#a4262c", "#d9655d", "#4a8ccb", "#0b5394"];

    /// <summary>Fills for <paramref name="levels"/> ordered levels, low to high.</summary>
    public static IReadOnlyList<string> Scale(int levels) => levels switch
    {
        4 => Diverging4,
        5 => Diverging5,
        _ => Enumerable.Range(0, levels).Select(i => Diverging5[levels <= 1 ? 4 : (int)Math.Round(i * 4.0 / (levels - 1))]).ToList(),
    };

    /// <summary>Text drawn on <paramref name="fill"/>: white on the dark fills, ink on the light ones.</summary>
    public static string TextOn(string fill) => fill is "#a4262c" or "#0b5394" or "#1e6b34" or "#4a5561" ? "#ffffff" : Ink;
}
