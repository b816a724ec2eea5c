using System.Text.Json;
using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Surveys;

public enum SubmitOutcome
{
    Recorded,
    AlreadyAnswered,
}

/// <summary>
/// Saves answers part-way and turns them into one anonymous response. The invitation is claimed
/// with a conditional update as the first statement of its transaction (a savepoint in the page's):
/// of two submits racing (a double click, a retry), one claims it and writes the response, the
/// other finds it claimed and writes nothing.
/// The survey's tallies (<see cref="SurveyTallies"/>) take the new answers in the same
/// transaction, so they never count a response that is not stored, nor miss one that is.
/// </summary>
public sealed class SurveySubmission(BeaconDbContext db, SurveyTallies tallies)
{
    public async Task SaveDraftAsync(Guid invitationId, IReadOnlyDictionary<Guid, int> answers, string? comment, CancellationToken cancellationToken)
    {
        var draft = await db.SurveyDrafts.FirstOrDefaultAsync(d => d.InvitationId == invitationId, cancellationToken);
        if (draft is null)
        {
            draft = new SurveyDraft { InvitationId = invitationId, Answers = "{}" };
            db.SurveyDrafts.Add(draft);
        }
        draft.Answers = JsonSerializer.Serialize(answers);
        draft.Comment = Trim(comment);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<(IReadOnlyDictionary<Guid, int> Answers, string? Comment)> LoadDraftAsync(Guid invitationId, CancellationToken cancellationToken)
    {
        var draft = await db.SurveyDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.InvitationId == invitationId, cancellationToken);
        return draft is null
            ? (new Dictionary<Guid, int>(), null)
            : (JsonSerializer.Deserialize<Dictionary<Guid, int>>(draft.Answers) ?? [], draft.Comment);
    }

    public Task<SubmitOutcome> SubmitAsync(Guid invitationId, IReadOnlyDictionary<Guid, int> answers, string? comment, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async token =>
        {
            var claimed = await db.SurveyInvitations
                .Where(i => i.Id == invitationId && !i.Answered)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.Answered, true), token);
            if (claimed == 0)
            {
                return (false, SubmitOutcome.AlreadyAnswered);
            }
            var invitation = await db.SurveyInvitations.AsNoTracking().Where(i => i.Id == invitationId)
                .Select(i => new { i.SurveyId, i.SchoolId, i.RoleGroup }).FirstAsync(token);
            // A random id, not a time-ordered one: the order of responses must not follow the order of invitations claimed.
            var response = new SurveyResponse
            {
                Id = Guid.NewGuid(),
                SurveyId = invitation.SurveyId,
                SchoolId = invitation.SchoolId,
                RoleGroup = invitation.RoleGroup,
                Comment = Trim(comment),
            };
            db.SurveyResponses.Add(response);
            db.SurveyAnswers.AddRange(answers.Select(a => new SurveyAnswer
            {
                ResponseId = response.Id,
                ItemId = a.Key,
                SurveyId = invitation.SurveyId,
                SchoolId = invitation.SchoolId,
                RoleGroup = invitation.RoleGroup,
                Value = a.Value,
            }));
            await db.SaveChangesAsync(token);
            await tallies.AddResponseAsync(response.Id, token);
            await db.SurveyDrafts.Where(d => d.InvitationId == invitationId).ExecuteDeleteAsync(token);
            db.ChangeTracker.Clear();
            return (true, SubmitOutcome.Recorded);
        }, cancellationToken);

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : Limits.Fit(text.Trim(), Limits.Text);
}
