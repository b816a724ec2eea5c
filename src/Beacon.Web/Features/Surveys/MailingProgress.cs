using System.Globalization;

namespace Beacon.Web.Features.Surveys;

/// <summary>
/// How far a survey's invitations have gone out, counted from their outbox mails: never who, only
/// how many. Sent mails are forgotten after a while, so the mailed count is the queued count less
/// the mails still waiting or given up on, never a count of sent rows. Reminders are not shown:
/// their number is the number who had not answered, and the survey's page must not change when
/// someone answers (<c>SurveyAdversaryTests</c>). While the background worker is still making the
/// invitations (<paramref name="Inviting"/>), the whole is what the confirmation counted
/// (<paramref name="Expected"/>) and <paramref name="Mails"/> is how many are queued so far.
/// </summary>
public sealed record MailingProgress(int Mails, int Waiting, int Failed, bool Inviting = false, int Expected = 0)
{
    public int Mailed => Math.Max(0, Mails - Waiting - Failed);

    /// <summary>The "of M": every mail once the invitations are made, until then the number the confirmation named.</summary>
    public int Total => Inviting ? Math.Max(Expected, Mails) : Mails;

    public bool Complete => !Inviting && Waiting == 0;

    public string Text
    {
        get
        {
            if (Total == 0 && Expected > 0)
            {
                return "No invitations were mailed: the survey closed before they went out.";
            }
            if (Total == 0)
            {
                return "No invitations were mailed: nobody invited has an email address. Staff answer after signing in.";
            }
            var text = Complete && Failed == 0
                ? (Mails == 1 ? "The invitation is mailed." : Format($"All {Mails:N0} invitations are mailed."))
                : Format($"Mailed {Mailed:N0} of {Ui.Plural.Of(Total, "invitation")}.");
            if (Failed > 0)
            {
                text += Format($" {Failed:N0} could not be delivered after every retry.");
            }
            else if (Inviting)
            {
                text += Format($" {Mails:N0} links are made so far; the rest are made and mailed in the background. Reload to see more.");
            }
            else if (!Complete)
            {
                text += " The rest go out in the background; reload to see more.";
            }
            return text;
        }
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
