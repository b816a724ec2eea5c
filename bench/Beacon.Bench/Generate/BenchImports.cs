using Beacon.Web.Identity;
using Beacon.Web.Imports;
using Beacon.Web.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Bench.Generate;

/// <summary>Applies a file through the importer (<see cref="ImportPipeline.ImportNowAsync"/>) in a scope acting for one district, as the import API does.</summary>
public static class BenchImports
{
    public const string Actor = "Scale generator";

    /// <summary>Imports the file or throws with the importer's problems: generated data that the importer refuses is a bug in the generator.</summary>
    public static async Task<ImportPreview> ImportAsync(
        IServiceProvider services, Guid districtId, ImportKind kind, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        using var district = scope.ServiceProvider.GetRequiredService<CurrentDistrict>().Use(districtId);
        using var actor = scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(Actor);
        var pipeline = scope.ServiceProvider.GetRequiredService<ImportPipeline>();
        if (content.Length > pipeline.MaxFileBytes)
        {
            throw new InvalidOperationException(
                $"{fileName} is {ImportLimits.Describe(content.Length)}, over Beacon:Imports:MaxFileBytes ({ImportLimits.Describe(pipeline.MaxFileBytes)}). Use smaller chunks or raise the limit.");
        }
        var result = await pipeline.ImportNowAsync(kind, new ImportUpload(fileName, content), cancellationToken);
        if (!result.Applied)
        {
            var problems = result.Preview?.Problems.Take(10).Select(p => $"  {p.File ?? fileName} line {p.Line} {p.Column}: {p.Reason}") ?? [];
            throw new InvalidOperationException($"The importer refused {fileName}: {result.Refusal}\n{string.Join('\n', problems)}");
        }
        return result.Preview!;
    }
}
