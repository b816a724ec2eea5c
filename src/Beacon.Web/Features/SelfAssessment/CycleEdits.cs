using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.SelfAssessment;

/// <summary>What every page that changes a cycle answers when the change is not allowed.</summary>
public static class CycleEdits
{
    public const string ClosedMessage = "This cycle is closed, so its ratings, consensus, evidence and priorities can no longer change.";

    /// <summary>The page again with the reason, answered as 409 Conflict so scripts and tests see the refusal.</summary>
    public static IActionResult Refuse(PageModel page, string message)
    {
        page.ModelState.AddModelError(string.Empty, message);
        page.HttpContext.Response.StatusCode = StatusCodes.Status409Conflict;
        return page.Page();
    }
}
