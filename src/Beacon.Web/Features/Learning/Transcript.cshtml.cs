using Beacon.Web.Data;
using Beacon.Web.Exports;
using Beacon.Web.Tenancy;
using Beacon.Web.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Learning;

/// <summary>The signed-in person's record: offerings attended, credits by type and school year, CSV and certificates.</summary>
public class TranscriptModel(BeaconDbContext db, TranscriptQuery query, LearningAccess access, PublicLinks links, CurrentDistrict district, TimeProvider clock) : PageModel
{
    public TranscriptView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        View = await query.ForUserAsync(access.UserId!, cancellationToken);

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        View = await query.ForUserAsync(access.UserId!, cancellationToken);
        var types = View.CreditNames.OrderBy(t => t.Value, StringComparer.Ordinal).ToList();
        var columns = new List<ExportColumn<TranscriptLine>>
        {
            new("Offering", l => l.Title),
            new("Completed on", l => l.CompletedOn),
            new("School year", l => TranscriptCalculator.SchoolYearName(l.SchoolYear)),
            new("Minutes attended", l => l.AttendedMinutes),
            new("Minutes offered", l => l.TotalMinutes),
        };
        columns.AddRange(types.Select(t => new ExportColumn<TranscriptLine>(t.Value, l => l.Credits.GetValueOrDefault(t.Key))));
        // Learning elsewhere has no minutes here: its credits were approved as claimed.
        var external = View.Result.External.Select(e => new TranscriptLine(e.Id, $"{e.Title} ({e.Provider})", e.CompletedOn,
            TranscriptCalculator.SchoolYear(e.CompletedOn), 0, 0, e.Credits));
        var csv = TableExport.ToCsv(View.Result.Lines.Concat(external).ToList(), columns);
        return File(csv, ExportFormat.Csv.ContentType(), "transcript.csv");
    }

    /// <summary>Issues (once) and downloads the certificate for an offering on the transcript.</summary>
    public async Task<IActionResult> OnPostCertificateAsync(Guid registrationId, CancellationToken cancellationToken)
    {
        View = await query.ForUserAsync(access.UserId!, cancellationToken);
        if (View.Result.Lines.FirstOrDefault(l => l.RegistrationId == registrationId) is not { } line)
        {
            return NotFound();
        }
        var certificate = await db.Certificates.FirstOrDefaultAsync(c => c.RegistrationId == registrationId, cancellationToken);
        if (certificate is null)
        {
            var name = await db.Registrations.Where(r => r.Id == registrationId).Select(r => r.DisplayName).FirstAsync(cancellationToken);
            certificate = new Certificate
            {
                RegistrationId = registrationId,
                Code = LearningCodes.NewCertificateCode(district.Id!.Value),
                PersonName = name,
                OfferingTitle = line.Title,
                CompletedOn = line.CompletedOn,
                Credits = CreditsText(line),
                IssuedAt = clock.GetUtcNow(),
            };
            db.Certificates.Add(certificate);
            await db.SaveChangesAsync(cancellationToken);
        }
        var districtName = await db.Districts.Select(d => d.Name).FirstAsync(cancellationToken);
        var pdf = CertificatePdf.Render(districtName, certificate, links.Path("/Learning/Verify/" + certificate.Code));
        return File(pdf, "application/pdf", "certificate.pdf");
    }

    public string CreditsText(TranscriptLine line) => CreditsText(line.Credits);

    public string CreditsText(IReadOnlyDictionary<Guid, decimal> credits) =>
        credits.Count == 0 || credits.Values.All(v => v == 0) ? "None"
            : string.Join("; ", credits.Where(c => c.Value > 0).OrderBy(c => View.CreditNames[c.Key], StringComparer.Ordinal)
                .Select(c => $"{LearningLabels.Amount(c.Value)} {View.CreditNames[c.Key]}"));
}
