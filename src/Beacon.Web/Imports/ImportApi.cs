using Beacon.Web.Identity;
using Beacon.Web.Imports.Reading;
using Microsoft.AspNetCore.Http.Features;

namespace Beacon.Web.Imports;

/// <summary>
/// POST /api/imports/{kind} with the file as the body. The body must be declared as CSV, zip or
/// XLSX: an HTML form on another site can only send simple types (form, multipart, text/plain),
/// so this requirement is what keeps cross-site posts from riding on the sign-in cookie.
/// </summary>
public static class ImportApi
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/imports/{kind}", PostAsync).RequireAuthorization(Policies.DistrictAdministrator);

    private static async Task<IResult> PostAsync(
        string kind, HttpContext http, ImportPipeline pipeline, bool dryRun = false, string? filename = null, CancellationToken cancellationToken = default)
    {
        if (!ImportKinds.TryParse(kind, out var importKind))
        {
            return Results.Json(new { error = $"There is no import called '{kind}'. Use oneroster, schools, staff, metrics or positions." }, statusCode: StatusCodes.Status404NotFound);
        }
        var extension = ImportUpload.ExtensionFor(http.Request.ContentType);
        if (extension is null || !ImportUpload.Extensions(importKind).Contains(extension))
        {
            var types = importKind == ImportKind.OneRoster
                ? $"{ImportUpload.ZipType} or {ImportUpload.CsvType}"
                : $"{ImportUpload.CsvType} or {ImportUpload.XlsxType}";
            return Results.Json(new { error = $"Send the file as the request body with Content-Type {types}." }, statusCode: StatusCodes.Status415UnsupportedMediaType);
        }
        var name = (string.IsNullOrWhiteSpace(filename) ? "upload" : Path.GetFileNameWithoutExtension(filename)) + extension;

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = pipeline.MaxFileBytes + 1;
        }
        var (content, tooLarge) = await ImportLimits.ReadAsync(http.Request.Body, name, pipeline.MaxFileBytes, cancellationToken);
        if (tooLarge is not null)
        {
            return Refused(importKind, name, tooLarge, StatusCodes.Status413PayloadTooLarge);
        }
        var (upload, problem) = ImportUpload.From(importKind, [new NamedFile(name, content!)], pipeline.MaxFileBytes);
        if (problem is not null)
        {
            return Refused(importKind, name, problem, StatusCodes.Status422UnprocessableEntity);
        }

        if (dryRun)
        {
            var preview = await pipeline.PreviewAsync(importKind, upload!.FileName, upload.Content, cancellationToken);
            return Results.Json(ImportResponse.From(preview, applied: false),
                statusCode: preview.IsValid ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);
        }
        var result = await pipeline.ImportNowAsync(importKind, upload!, cancellationToken);
        if (result.Refusal is not null)
        {
            return Results.Json(new { error = result.Refusal }, statusCode: StatusCodes.Status409Conflict);
        }
        return Results.Json(ImportResponse.From(result.Preview!, result.Applied),
            statusCode: result.Applied ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);
    }

    private static IResult Refused(ImportKind kind, string fileName, ImportProblem problem, int status) =>
        Results.Json(ImportResponse.From(new ImportPreview(kind, fileName, 0, 0, 0, 0, [], [], [], [problem]), applied: false), statusCode: status);
}

/// <summary>The JSON of a preview or an applied import.</summary>
public sealed record ImportResponse(
    string Kind, string FileName, bool Valid, bool Applied, int Created, int Updated, int Unchanged, int Ignored,
    IReadOnlyList<string> Notes, IReadOnlyList<ImportProblem> Problems)
{
    public static ImportResponse From(ImportPreview preview, bool applied) =>
        new(ImportKinds.Slug(preview.Kind), preview.FileName, preview.IsValid, applied, preview.Created, preview.Updated,
            preview.Unchanged, preview.Ignored, preview.Notes, preview.Problems);
}
