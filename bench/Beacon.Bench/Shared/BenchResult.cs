using System.Globalization;

namespace Beacon.Bench.Shared;

/// <summary>
/// One figure of a benchmark next to its reference measured in the same run, e.g. the schools
/// list at 410 requests/s against the one-query endpoint at 2,300 requests/s.
/// </summary>
public sealed record BenchResult(
    string Benchmark, string Provider, string Scale, string Measure, double Figure, string Unit,
    string Reference, double ReferenceFigure)
{
    /// <summary>Figure over reference: for times below 1 is faster than the reference, for rates above 1 is.</summary>
    public double Ratio => ReferenceFigure == 0 ? double.NaN : Figure / ReferenceFigure;

    /// <summary>Three significant digits, so a page at 0.4% of the ceiling does not read as 0.00.</summary>
    public string RatioText => Ratio.ToString(Ratio >= 100 ? "0" : "G3", CultureInfo.InvariantCulture);

    public static readonly string Header = string.Join('\t', "benchmark", "provider", "scale", "measure", "figure", "unit", "reference", "reference_figure", "ratio");

    public string ToTsv() => string.Join('\t', Benchmark, Provider, Scale, Measure, Number(Figure), Unit, Reference, Number(ReferenceFigure), Number(Ratio));

    public static BenchResult FromTsv(string line)
    {
        var cells = line.Split('\t');
        return new BenchResult(cells[0], cells[1], cells[2], cells[3], double.Parse(cells[4], CultureInfo.InvariantCulture), cells[5],
            cells[6], double.Parse(cells[7], CultureInfo.InvariantCulture));
    }

    /// <summary>Prints the figure and, when <c>--results</c> was given, appends it there for the report.</summary>
    public void Record(BenchOptions options)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {Measure}: {Figure:0.##} {Unit} against {Reference}: {ReferenceFigure:0.##} {Unit} (ratio {RatioText})"));
        if (options.ResultsFile is { } file)
        {
            var fresh = !File.Exists(file);
            File.AppendAllLines(file, fresh ? [Header, ToTsv()] : [ToTsv()]);
        }
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
