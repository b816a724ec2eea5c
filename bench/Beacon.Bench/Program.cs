// Benchmarks: `dotnet run -c Release --project bench/Beacon.Bench -- <benchmark> [options]`; see bench/README.md.
using Beacon.Bench.Generate;
using Beacon.Bench.Import;
using Beacon.Bench.Learning;
using Beacon.Bench.Load;
using Beacon.Bench.Matching;
using Beacon.Bench.Publish;
using Beacon.Bench.Report;
using Beacon.Bench.SignIn;
using Beacon.Bench.Surveys;
using Beacon.Bench.Takers;

var commands = new Dictionary<string, (Func<string[], Task> Run, string What)>
{
    ["generate"] = (GenerateCommand.RunAsync, "fills district bench-<scale> (demo, district, metro) through the importer, with a survey answered by all staff"),
    ["load"] = (LoadBenchmark.RunAsync, "district home, schools and staff lists, equity report, each role's home and the survey answer page under wrk against the one-query endpoint; two nodes behind nginx on PostgreSQL"),
    ["takers"] = (TakersBenchmark.RunAsync, "5,000 staff answering a survey at once by their own links, against the one-query endpoint asked by as many at once"),
    ["import"] = (ImportBenchmark.RunAsync, "OneRoster import of 100,000 staff against bulk insert and per-row EF saves"),
    ["surveys"] = (SurveyResultsBenchmark.RunAsync, "district survey results against the bare SQL aggregate"),
    ["publish"] = (PublishBenchmark.RunAsync, "publishing a survey to every staff member (9,000 at district scale) through the publish page, against that page's GET"),
    ["signin"] = (SignInTimingBenchmark.RunAsync, "sign-in time of a wrong password for an existing account against an unknown address (account enumeration by timing)"),
    ["matching"] = (MatchingBenchmark.RunAsync, "matches 5,000 mentees to 10,000 mentors (metro) with OR-Tools against a greedy assignment"),
    ["catalog"] = (CatalogBenchmark.RunAsync, "the learning catalog's first page, last page and search over 5,000 offerings and 200,000 registrations (metro) against the one-query endpoint's statement"),
    ["report"] = (PerformanceReport.RunAsync, "writes docs/performance.md from the figures the benchmarks recorded"),
};

if (args.Length > 0 && commands.TryGetValue(args[0], out var command))
{
    await command.Run(args[1..]);
    return;
}
Console.WriteLine("Beacon benchmarks:");
foreach (var (name, (_, what)) in commands)
{
    Console.WriteLine($"  {name,-9} {what}");
}
