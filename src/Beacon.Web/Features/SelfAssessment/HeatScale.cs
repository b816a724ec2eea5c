namespace Beacon.Web.Features.SelfAssessment;

/// <summary>
/// Colours for rubric levels in the heat map: one sequential, colour-blind-safe ramp from light
/// (lowest level) to dark (highest), each with a text colour that keeps a 4.5:1 contrast. Colour is
/// never the only signal: every cell also carries its level as text.
/// </summary>
public static class HeatScale
{
    // Light to dark, after the ColorBrewer "YlGnBu" ramp.
    private static readonly string[] Ramp = ["#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84"];

    public const string NoRating = "#ffffff";

    public static (string Fill, string Text) For(int? level, int levelCount)
    {
        if (level is not { } value || levelCount < 1)
        {
            return (NoRating, "#1a1a1a");
        }
        var clamped = Math.Clamp(value, 1, levelCount);
        var index = levelCount == 1 ? Ramp.Length - 1 : (int)Math.Round((clamped - 1) * (Ramp.Length - 1) / (double)(levelCount - 1));
        var fill = Ramp[index];
        return (fill, index >= 5 ? "#ffffff" : "#1a1a1a");
    }
}
