using System.Globalization;
using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.SelfAssessment;

/// <summary>What an edit on the indicator page came to: the notice to show, or the refusal and the field it belongs to.</summary>
public sealed record IndicatorEdit(string? Notice, string Field = "", string? Refusal = null, bool Conflict = false)
{
    public static IndicatorEdit Done(string notice) => new(notice);

    public static IndicatorEdit Refused(string field, string refusal, bool conflict = false) => new(null, field, refusal, conflict);
}

/// <summary>
/// The changes a team makes to one indicator of an open cycle: the consensus, evidence of four
/// kinds, and whether it is a priority. Each checks only what it needs and adds its change to the
/// context; the page saves. Who and when are stamped on save.
/// </summary>
public sealed class IndicatorEditor(BeaconDbContext db, CycleResults results)
{
    public async Task<IndicatorEdit> ConsensusAsync(CycleView cycle, IndicatorInfo indicator, int? level, string? notes, CancellationToken cancellationToken)
    {
        var levels = (await results.LevelsAsync(cycle.VersionId, cancellationToken)).Count;
        if (level is not { } agreed || agreed < 1 || agreed > levels)
        {
            return IndicatorEdit.Refused("ConsensusLevel", "Choose the level the team agreed on.");
        }
        if (notes?.Length > Limits.LongText)
        {
            return IndicatorEdit.Refused("ConsensusNotes", Text($"Shorten the notes to at most {Limits.LongText:N0} characters; attach longer records as a file."));
        }
        var consensus = await db.ConsensusRatings.FirstOrDefaultAsync(c => c.CycleId == cycle.Id && c.IndicatorId == indicator.Id, cancellationToken);
        if (consensus is null)
        {
            consensus = new ConsensusRating { CycleId = cycle.Id, IndicatorId = indicator.Id };
            db.ConsensusRatings.Add(consensus);
        }
        consensus.Level = agreed;
        consensus.Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        return IndicatorEdit.Done("The consensus is recorded.");
    }

    public IndicatorEdit Note(CycleView cycle, IndicatorInfo indicator, string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > Limits.LongText)
        {
            return IndicatorEdit.Refused("NoteText", Text($"Write the note (at most {Limits.LongText:N0} characters)."));
        }
        Add(cycle, indicator, EvidenceKind.Note, e => e.Note = text.Trim());
        return IndicatorEdit.Done("The note is added as evidence.");
    }

    public IndicatorEdit Link(CycleView cycle, IndicatorInfo indicator, string? url, string? note)
    {
        if (EvidenceRules.RefusalForLink(url) is { } refusal)
        {
            return IndicatorEdit.Refused("LinkUrl", refusal);
        }
        if (url!.Trim().Length > Limits.Text)
        {
            return IndicatorEdit.Refused("LinkUrl", Text($"Shorten the address to at most {Limits.Text:N0} characters."));
        }
        Add(cycle, indicator, EvidenceKind.Link, e => (e.Url, e.Note) = (url.Trim(), Short(note)));
        return IndicatorEdit.Done("The link is added as evidence.");
    }

    public async Task<IndicatorEdit> FileAsync(CycleView cycle, IndicatorInfo indicator, IFormFile? upload, string? note, CancellationToken cancellationToken)
    {
        if (upload is null || upload.Length == 0)
        {
            return IndicatorEdit.Refused("Upload", "Choose a file to upload.");
        }
        byte[] content = [];
        if (upload.Length <= EvidenceRules.MaxFileBytes)
        {
            using var buffer = new MemoryStream();
            await upload.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
        }
        var (contentType, refusal) = EvidenceRules.CheckFile(upload.FileName, upload.Length, content);
        if (refusal is not null)
        {
            return IndicatorEdit.Refused("Upload", refusal);
        }
        var name = Path.GetFileName(upload.FileName);
        Add(cycle, indicator, EvidenceKind.File, e =>
        {
            // The end of a long name is kept: it holds the extension, which says what the file is.
            e.FileName = name.Length > Limits.EvidenceFileName ? name[^Limits.EvidenceFileName..] : name;
            e.ContentType = contentType;
            e.Size = content.Length;
            e.Content = content;
            e.Note = Short(note);
        });
        return IndicatorEdit.Done($"“{name}” is attached as evidence.");
    }

    public async Task<IndicatorEdit> MetricAsync(CycleView cycle, IndicatorInfo indicator, Guid? metricId, CancellationToken cancellationToken)
    {
        if (cycle.SchoolId is not { } schoolId)
        {
            return IndicatorEdit.Refused("MetricId", "Metrics are imported per school, so they can be evidence only in a school's cycle.");
        }
        if (metricId is not { } metric || !await db.SchoolMetrics.AnyAsync(m => m.Id == metric && m.SchoolId == schoolId, cancellationToken))
        {
            return IndicatorEdit.Refused("MetricId", "Choose one of the school's metrics.");
        }
        Add(cycle, indicator, EvidenceKind.Metric, e => e.SchoolMetricId = metric);
        return IndicatorEdit.Done("The metric is added as evidence.");
    }

    public async Task<IndicatorEdit> RemoveEvidenceAsync(CycleView cycle, IndicatorInfo indicator, Guid evidenceId, CancellationToken cancellationToken)
    {
        var evidence = await db.Evidence.FirstOrDefaultAsync(e => e.Id == evidenceId && e.CycleId == cycle.Id && e.IndicatorId == indicator.Id, cancellationToken);
        if (evidence is null)
        {
            return IndicatorEdit.Refused(string.Empty, "That evidence is already gone.");
        }
        db.Evidence.Remove(evidence);
        return IndicatorEdit.Done("The evidence is removed.");
    }

    public async Task<IndicatorEdit> PriorityAsync(CycleView cycle, IndicatorInfo indicator, bool mark, CancellationToken cancellationToken)
    {
        var existing = await db.CyclePriorities.FirstOrDefaultAsync(p => p.CycleId == cycle.Id && p.IndicatorId == indicator.Id, cancellationToken);
        if (!mark)
        {
            if (existing is not null)
            {
                db.CyclePriorities.Remove(existing);
            }
            return IndicatorEdit.Done($"{indicator.Code} is no longer a priority.");
        }
        var count = await db.CyclePriorities.CountAsync(p => p.CycleId == cycle.Id, cancellationToken);
        if (PriorityLimit.RefusalToAdd(count, existing is not null) is { } refusal)
        {
            return IndicatorEdit.Refused(string.Empty, refusal, conflict: true);
        }
        if (existing is null)
        {
            db.CyclePriorities.Add(new CyclePriority { CycleId = cycle.Id, IndicatorId = indicator.Id });
        }
        return IndicatorEdit.Done($"{indicator.Code} is a priority of this cycle.");
    }

    private void Add(CycleView cycle, IndicatorInfo indicator, EvidenceKind kind, Action<Evidence> fill)
    {
        var evidence = new Evidence { CycleId = cycle.Id, IndicatorId = indicator.Id, Kind = kind };
        fill(evidence);
        db.Evidence.Add(evidence);
    }

    private static string? Short(string? note) => string.IsNullOrWhiteSpace(note) ? null : Limits.Fit(note.Trim(), Limits.LongText);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.CurrentCulture);
}
