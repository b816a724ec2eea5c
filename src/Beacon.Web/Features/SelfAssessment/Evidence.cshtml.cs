using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.SelfAssessment;

/// <summary>Downloads a file attached as evidence, to the people who may see its cycle.</summary>
public class EvidenceModel(BeaconDbContext db, CycleAccess access) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid evidenceId, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }
        var file = await db.Evidence.Where(e => e.Id == evidenceId && e.CycleId == id && e.Kind == EvidenceKind.File)
            .Select(e => new { e.FileName, e.ContentType, e.Content })
            .FirstOrDefaultAsync(cancellationToken);
        if (file?.Content is null)
        {
            return NotFound();
        }
        // Always a download, never shown inline, so an uploaded file cannot run as part of Beacon's pages.
        return File(file.Content, file.ContentType ?? "application/octet-stream", file.FileName ?? "evidence");
    }
}
