using Beacon.Web.Imports.Kinds;

namespace Beacon.Web.Imports;

/// <summary>What a person (or an API client) sees before anything is written: counts, samples and every problem.</summary>
public sealed record ImportPreview(
    ImportKind Kind,
    string FileName,
    int Created,
    int Updated,
    int Unchanged,
    int Ignored,
    IReadOnlyList<string> Notes,
    IReadOnlyList<PlannedRow> CreateSamples,
    IReadOnlyList<PlannedRow> UpdateSamples,
    IReadOnlyList<ImportProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;

    public static ImportPreview From(ImportKind kind, string fileName, ImportPlan plan) =>
        new(kind, fileName, plan.Created, plan.Updated, plan.Unchanged, plan.Ignored,
            plan.Notes, plan.CreateSamples, plan.UpdateSamples,
            plan.Problems.OrderBy(p => p.File ?? "", StringComparer.Ordinal).ThenBy(p => p.Line).ToList());
}

/// <summary>The end of an attempt to apply: applied, refused with problems, or refused because the run is no longer waiting.</summary>
public sealed record ApplyResult(bool Applied, ImportPreview? Preview, ImportRun? Run, string? Refusal = null);
