using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Surveys;

public enum SheetState
{
    NotFound,
    Answered,
    NotOpen,
    Open,
}

/// <summary>What a person answering sees: the survey's items, grouped by standard, with any saved answers.</summary>
public sealed record AnswerSheet(
    SheetState State,
    Guid InvitationId,
    string SurveyName,
    DateOnly ClosesOn,
    bool AsksForComment,
    IReadOnlyList<SurveyItem> Items)
{
    public static readonly AnswerSheet None = new(SheetState.NotFound, Guid.Empty, "", default, false, []);
}

/// <summary>Finds the invitation behind a one-time link or a signed-in person, and checks a filled-in sheet.</summary>
public sealed class AnswerSheets(BeaconDbContext db, CurrentUser currentUser, TimeProvider clock)
{
    public static readonly IReadOnlyList<(int Value, string Label)> Scale =
    [
        (1, "Strongly disagree"), (2, "Disagree"), (3, "Neither agree nor disagree"), (4, "Agree"), (5, "Strongly agree"),
    ];

    public Task<AnswerSheet> ByCodeAsync(string code, CancellationToken cancellationToken)
    {
        var hash = SurveyCodes.Hash(code);
        return LoadAsync(db.SurveyInvitations.Where(i => i.TokenHash == hash), cancellationToken);
    }

    public async Task<AnswerSheet> ForMeAsync(Guid surveyId, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var staffId = await db.Users.Where(u => u.Id == userId).Select(u => u.StaffMemberId).FirstOrDefaultAsync(cancellationToken);
        return staffId is null
            ? AnswerSheet.None
            : await LoadAsync(db.SurveyInvitations.Where(i => i.SurveyId == surveyId && i.StaffMemberId == staffId), cancellationToken);
    }

    private async Task<AnswerSheet> LoadAsync(IQueryable<SurveyInvitation> invitations, CancellationToken cancellationToken)
    {
        var invitation = await invitations.Select(i => new { i.Id, i.SurveyId, i.Answered }).FirstOrDefaultAsync(cancellationToken);
        if (invitation is null)
        {
            return AnswerSheet.None;
        }
        var survey = await db.Surveys.AsNoTracking().Include(s => s.Items).FirstAsync(s => s.Id == invitation.SurveyId, cancellationToken);
        var state = invitation.Answered ? SheetState.Answered
            : survey.IsOpenOn(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)) ? SheetState.Open
            : SheetState.NotOpen;
        return new AnswerSheet(state, invitation.Id, survey.Name, survey.ClosesOn, survey.AsksForComment, survey.Items.OrderBy(i => i.Position).ToList());
    }

    /// <summary>The answers to submit, or null (with a message per missing item and one saying what to do) when some are missing.</summary>
    public static Dictionary<Guid, int>? CheckForSubmit(AnswerSheet sheet, IDictionary<Guid, int>? posted, ModelStateDictionary modelState, out Dictionary<Guid, int> chosen)
    {
        chosen = Check(sheet, posted, modelState, submitting: true);
        if (modelState.IsValid)
        {
            return chosen;
        }
        modelState.AddModelError("", $"Answer every statement before submitting: {sheet.Items.Count - chosen.Count} still need an answer. Or save and finish later.");
        return null;
    }

    /// <summary>Keeps answers to this survey's items on the five-point scale; on submit, every item needs one.</summary>
    public static Dictionary<Guid, int> Check(AnswerSheet sheet, IDictionary<Guid, int>? posted, ModelStateDictionary modelState, bool submitting)
    {
        var answers = new Dictionary<Guid, int>();
        foreach (var item in sheet.Items)
        {
            if (posted is not null && posted.TryGetValue(item.Id, out var value) && value is >= 1 and <= 5)
            {
                answers[item.Id] = value;
            }
            else if (submitting)
            {
                modelState.AddModelError($"Answers[{item.Id}]", $"Choose an answer for “{item.Text}”, from strongly disagree to strongly agree.");
            }
        }
        return answers;
    }
}
