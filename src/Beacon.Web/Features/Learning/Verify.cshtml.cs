using Beacon.Web.Data;
using Beacon.Web.Identity.Throttling;
using Beacon.Web.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Learning;

/// <summary>
/// The public check of a certificate, for anyone holding its code (an employer, a state office).
/// The code names its district; the page acts for it only to find the certificate by its code, and
/// shows only the name, the offering, the date and the credits. Limited per address, like sign-in.
/// </summary>
[AllowAnonymous]
[Throttled(ThrottledAction.CertificateCheck, IncludesGet = true)]
public class VerifyModel(BeaconDbContext db, CurrentDistrict currentDistrict) : PageModel
{
    public string? Code { get; private set; }
    public Certificate? Found { get; private set; }

    public async Task OnGetAsync(string? code, CancellationToken cancellationToken)
    {
        Code = string.IsNullOrWhiteSpace(code) ? null : LearningCodes.Normalize(code);
        if (Code is null || LearningCodes.DistrictOf(Code) is not { } districtId)
        {
            return;
        }
        using var _ = currentDistrict.Use(districtId);
        Found = await db.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.Code == Code, cancellationToken);
        if (Found is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
