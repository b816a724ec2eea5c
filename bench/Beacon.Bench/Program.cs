// Benchmarks: `dotnet run -c Release --project bench/Beacon.Bench -- <benchmark> [options]`; see bench/README.md.
if (args.Length > 0 && args[0] == "surveys")
{
    await Beacon.Bench.Surveys.SurveyResultsBenchmark.RunAsync(args[1..]);
    return;
}
if (args.Length > 0 && args[0] == "generate")
{
    Environment.ExitCode = await Beacon.Bench.Generate.GenerateCommand.RunAsync(args[1..]);
    return;
}
if (args.Length > 0 && args[0] == "import")
{
    await Beacon.Bench.Import.ImportBenchmark.RunAsync(args[1..]);
    return;
}
Console.WriteLine("Beacon benchmarks: generate (a scale district), import (OneRoster import against bulk insert and per-row saves), surveys (district survey results against the bare SQL aggregate).");
