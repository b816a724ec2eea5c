using Beacon.Tests.Features.Imports;
using Beacon.Web.Features.Schools;
using Beacon.Web.Imports;
using Beacon.Web.Imports.Kinds;
using Beacon.Web.Imports.Reading;

namespace Beacon.Tests.Imports.Kinds;

/// <summary>Tables and existing records for rule tests, without a database.</summary>
public static class RuleTestData
{
    public static ImportTable Table(string csv)
    {
        var problems = new List<ImportProblem>();
        var table = CsvTableReader.Read("test.csv", ImportFiles.Utf8(csv), problems);
        Assert.Empty(problems);
        return table!;
    }

    public static ImportTable File(string relative)
    {
        var problems = new List<ImportProblem>();
        var table = CsvTableReader.Read(relative, ImportFiles.Bytes(relative), problems);
        Assert.Empty(problems);
        return table!;
    }

    public static IReadOnlyDictionary<string, ImportTable> OneRoster(string folder)
    {
        var input = ImportReader.Read(ImportKind.OneRoster, $"{folder}.zip", ImportFiles.Zip(folder), 1024 * 1024);
        Assert.Empty(input.Problems);
        return input.Files;
    }

    public static ExistingRecords WithSchools(params string[] sourceIds)
    {
        var existing = new ExistingRecords();
        foreach (var id in sourceIds)
        {
            existing.Schools[id] = new School { Id = Guid.CreateVersion7(), SourceId = id, Name = $"School {id}" };
        }
        return existing;
    }

    public static string Messages(ImportPlan plan) => string.Join(Environment.NewLine, plan.Problems);
}
