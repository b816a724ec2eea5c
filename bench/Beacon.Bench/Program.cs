// Benchmarks: `dotnet run -c Release --project bench/Beacon.Bench -- <benchmark> [options]`; see bench/README.md.
if (args.Length > 0 && args[0] == "surveys")
{
    await Beacon.Bench.Surveys.SurveyResultsBenchmark.RunAsync(args[1..]);
    return;
}
if (args.Length > 0 && args[0] == "load")
{
    await Beacon.Bench.Load.LoadBenchmark.RunAsync(args[1..]);
    return;
}
Console.WriteLine("Beacon benchmarks: load (district home and schools list under wrk against the one-query endpoint; two nodes behind nginx on PostgreSQL), surveys (district survey results against the bare SQL aggregate).");
