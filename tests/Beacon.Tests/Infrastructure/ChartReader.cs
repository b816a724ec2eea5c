using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Beacon.Tests.Infrastructure;

/// <summary>One bar of a rendered stacked bar chart: its data attributes and how many segments it draws.</summary>
public sealed record ChartBar(string Label, bool Shown, IReadOnlyList<int>? Counts, int Segments, string Text)
{
    /// <summary>The change from an earlier figure the bar carries (<c>data-change</c>), or null.</summary>
    public string? Change { get; init; }
}

/// <summary>Reads charts (inline SVG) and the tables behind them from a rendered page, so tests compare the two.</summary>
public static class ChartReader
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string page) => Parser.ParseDocument(page);

    /// <summary>The bars of the chart whose accessible name is <paramref name="title"/>; fails when there is no such chart.</summary>
    public static IReadOnlyList<ChartBar> Bars(string page, string title)
    {
        var svg = Chart(page, title);
        return svg.QuerySelectorAll("g[data-label]").Select(g => new ChartBar(
            g.GetAttribute("data-label")!,
            g.GetAttribute("data-shown") == "true",
            g.GetAttribute("data-counts") is { } counts ? Numbers(counts) : null,
            g.QuerySelectorAll("rect[data-count]").Length,
            g.TextContent)
        { Change = g.GetAttribute("data-change") }).ToList();
    }

    public static IElement Chart(string page, string title)
    {
        var svg = Parse(page).QuerySelectorAll("svg[role=img]").FirstOrDefault(s => s.GetAttribute("aria-label") == title);
        Assert.True(svg is not null, $"No chart named \"{title}\" on the page");
        return svg;
    }

    public static bool HasChart(string page, string titleStart) =>
        Parse(page).QuerySelectorAll("svg[role=img]").Any(s => s.GetAttribute("aria-label")?.StartsWith(titleStart, StringComparison.Ordinal) == true);

    /// <summary>The rows of the table behind a chart (<c>data-chart-table</c>): the row header and the text of each cell.</summary>
    public static IReadOnlyList<(string Header, IReadOnlyList<string> Cells)> TableRows(string page, string title)
    {
        var table = Parse(page).QuerySelectorAll("table[data-chart-table]").FirstOrDefault(t => t.GetAttribute("data-chart-table") == title);
        Assert.True(table is not null, $"No table behind the chart \"{title}\"");
        return table.QuerySelectorAll("tbody tr").Select(tr =>
            (tr.QuerySelector("th")!.TextContent.Trim(), (IReadOnlyList<string>)tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList())).ToList();
    }

    /// <summary>The index among a row's cells (<c>td</c>, after the row header) of the column headed <paramref name="header"/>.</summary>
    public static int Column(string page, string title, string header)
    {
        var table = Parse(page).QuerySelectorAll("table[data-chart-table]").First(t => t.GetAttribute("data-chart-table") == title);
        var headers = table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Contains(header, headers);
        return headers.IndexOf(header) - 1;
    }

    /// <summary>The leading whole number of each cell ("12 (40%)" is 12).</summary>
    public static IReadOnlyList<int> LeadingNumbers(IEnumerable<string> cells) =>
        cells.Select(c => int.Parse(c.Split(' ')[0], CultureInfo.InvariantCulture)).ToList();

    public static IReadOnlyList<int> Numbers(string commaSeparated) =>
        commaSeparated.Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToList();
}
