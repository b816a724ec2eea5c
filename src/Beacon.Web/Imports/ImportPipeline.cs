using Beacon.Web.Data;
using Beacon.Web.Identity;
using Beacon.Web.Imports.Kinds;
using Beacon.Web.Imports.Reading;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beacon.Web.Imports;

/// <summary>
/// Upload → preview → confirm. Every path validates the whole file first; nothing is written
/// unless every row is good, and then everything is written in one transaction (see README.md).
/// </summary>
public sealed class ImportPipeline(BeaconDbContext db, TimeProvider clock, IOptions<ImportOptions> options, IEnumerable<IImportFollowUp> followUps)
{
    public long MaxFileBytes => options.Value.MaxFileBytes;

    /// <summary>Validates a file against the district's records without changing anything.</summary>
    public async Task<ImportPreview> PreviewAsync(ImportKind kind, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(kind, fileName, content, tracking: false, cancellationToken);
        return ImportPreview.From(kind, fileName, plan);
    }

    /// <summary>Keeps an uploaded file until the person confirms or discards its preview.</summary>
    public async Task<ImportRun> StageAsync(ImportKind kind, ImportUpload upload, CancellationToken cancellationToken)
    {
        var run = NewRun(kind, upload.FileName);
        run.Content = upload.Content;
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }

    /// <summary>Validates the waiting file again (the district's data may have changed) and applies it when it is still good.</summary>
    public async Task<ApplyResult> ConfirmAsync(Guid runId, CancellationToken cancellationToken)
    {
        var run = await db.ImportRuns.FirstOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null)
        {
            return new ApplyResult(false, null, null, "There is no such import.");
        }
        if (run is not { Status: ImportStatus.AwaitingConfirmation, Content: { } content })
        {
            return new ApplyResult(false, null, run, "This import has already been applied or discarded.");
        }
        return await db.InTransactionAsync(async token =>
        {
            // Claims the run first, so two confirms at once cannot both apply it.
            var claimed = await db.ImportRuns
                .Where(r => r.Id == runId && r.Status == ImportStatus.AwaitingConfirmation)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ImportStatus.Applied), token);
            return claimed == 0
                ? (false, new ApplyResult(false, null, run, "This import has already been applied or discarded."))
                : await ApplyAsync(run, content, token);
        }, cancellationToken);
    }

    /// <summary>Validates and, when every row is good, applies a file at once (the HTTP API); the run is kept as history.</summary>
    public Task<ApplyResult> ImportNowAsync(ImportKind kind, ImportUpload upload, CancellationToken cancellationToken) =>
        db.InTransactionAsync(token => ApplyAsync(NewRun(kind, upload.FileName), upload.Content, token, add: true), cancellationToken);

    public async Task<bool> DiscardAsync(Guid runId, CancellationToken cancellationToken)
    {
        var run = await db.ImportRuns.FirstOrDefaultAsync(r => r.Id == runId && r.Status == ImportStatus.AwaitingConfirmation, cancellationToken);
        if (run is null)
        {
            return false;
        }
        run.Status = ImportStatus.Discarded;
        run.Content = null;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Applies a valid plan; the caller's transaction is kept only when it returns true.</summary>
    private async Task<(bool Keep, ApplyResult Result)> ApplyAsync(ImportRun run, byte[] content, CancellationToken cancellationToken, bool add = false)
    {
        var plan = await PlanAsync(run.Kind, run.FileName, content, tracking: true, cancellationToken);
        var preview = ImportPreview.From(run.Kind, run.FileName, plan);
        if (!plan.IsValid)
        {
            db.ChangeTracker.Clear();
            return (false, new ApplyResult(false, preview, run));
        }
        db.AddRange(plan.Added);
        db.RemoveRange(plan.Removed);
        run.Status = ImportStatus.Applied;
        run.Created = plan.Created;
        run.Updated = plan.Updated;
        run.Unchanged = plan.Unchanged;
        run.AppliedAt = clock.GetUtcNow();
        run.Content = null;
        if (add)
        {
            db.ImportRuns.Add(run);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            foreach (var followUp in followUps)
            {
                await followUp.AfterImportAsync(run.Kind, cancellationToken);
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return (false, new ApplyResult(false, preview, run,
                "Another change to the same records was saved while this import ran, so nothing was imported. Upload the file again."));
        }
        return (true, new ApplyResult(true, preview, run));
    }

    private async Task<ImportPlan> PlanAsync(ImportKind kind, string fileName, byte[] content, bool tracking, CancellationToken cancellationToken)
    {
        var input = ImportReader.Read(kind, fileName, content, MaxFileBytes);
        var readable = kind == ImportKind.OneRoster ? input.Files.Count > 0 || input.Problems.Count == 0 : input.Table is not null;
        ImportPlan plan;
        if (!readable)
        {
            plan = new ImportPlan();
        }
        else
        {
            var existing = await ExistingRecordsLoader.LoadAsync(db, kind, input, tracking, cancellationToken);
            plan = kind switch
            {
                ImportKind.Schools => SchoolRows.Plan(input.Table!, existing),
                ImportKind.Staff => StaffRows.Plan(input.Table!, existing),
                ImportKind.Metrics => MetricRows.Plan(input.Table!, existing),
                ImportKind.Positions => PositionRows.Plan(input.Table!, existing),
                _ => OneRosterRows.Plan(input.Files, existing),
            };
        }
        plan.Problems.InsertRange(0, input.Problems);
        return plan;
    }

    private ImportRun NewRun(ImportKind kind, string fileName) => new()
    {
        Id = Guid.CreateVersion7(),
        Kind = kind,
        FileName = Limits.Fit(fileName, Limits.ImportFileName),
        Status = ImportStatus.AwaitingConfirmation,
    };
}
