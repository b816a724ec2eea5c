using System.Globalization;
using Beacon.Bench.Shared;

namespace Beacon.Bench.Generate;

/// <summary><c>generate --scale demo|district|metro [--provider ... --connection ...] [--staff-per-file 5000]</c>.</summary>
public static class GenerateCommand
{
    /// <summary>Sets exit code 1 when the district is already there (nothing is written then).</summary>
    public static async Task RunAsync(string[] args)
    {
        var options = new BenchOptions(args);
        var profile = ScaleProfile.For(options.Scale);
        var connection = options.Connection;
        await using var app = await BenchHost.StartAsync(options, connection);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Generating {profile.Slug} ({profile.DistrictName}) on {options.ProviderName}: {profile.Schools:N0} schools, {profile.Staff:N0} staff, {ScaleProfile.Years.Count} years of metrics, a {profile.SurveyItems}-item survey"));
        Console.WriteLine($"Database: {Redacted(connection)}");
        GenerationReport report;
        try
        {
            report = await new ScaleGenerator(app.Services, profile, staffPerFile: options.Int("--staff-per-file", 5_000)).RunAsync();
        }
        catch (DistrictExistsException exists)
        {
            Console.Error.WriteLine(exists.Message);
            Environment.ExitCode = 1;
            return;
        }
        Print(report, profile);
    }

    /// <summary>The summary: counts, time per phase, and the account to sign in with.</summary>
    public static void Print(GenerationReport report, ScaleProfile profile)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""

            {profile.Slug}: {report.Schools:N0} schools, {report.Staff:N0} staff ({report.Assignments:N0} assignments), {report.Metrics:N0} metric values, {report.Answers:N0} survey answers
            """));
        foreach (var (phase, elapsed) in report.Phases)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {phase,-9} {elapsed.TotalSeconds,8:0.0} s"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"total",-9} {report.Phases.Sum(p => p.Elapsed.TotalSeconds),8:0.0} s"));
        Console.WriteLine($"Sign in as {profile.AdminEmail} with password {ScaleProfile.AdminPassword} (district administrator).");
    }

    private static string Redacted(string connection) =>
        string.Join(';', connection.Split(';').Where(part => !part.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase)));
}
