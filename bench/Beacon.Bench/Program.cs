// Benchmarks: `dotnet run -c Release --project bench/Beacon.Bench -- <benchmark> [options]`; see bench/README.md.
if (args.Length > 0 && args[0] == "surveys")
{
    await Beacon.Bench.Surveys.SurveyResultsBenchmark.RunAsync(args[1..]);
    return;
}
if (args.Length > 0 && args[0] == "report")
{
    await Beacon.Bench.Report.PerformanceReport.RunAsync(args[1..]);
    return;
}
Console.WriteLine("Beacon benchmarks: surveys (district survey results against the bare SQL aggregate).");
