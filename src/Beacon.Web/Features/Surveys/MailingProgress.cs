using System.Globalization;

namespace Beacon.Web.Features.Surveys;

/// <summary>
/// How far a survey's invitations have gone out, counted from their outbox mails: never who, only
/// how many. Sent mails are forgotten after a while, so the mailed count is the queued count less
/// the mails still waiting or given up on, never a count of sent rows. Reminders are not shown:
/// their number is the number who had not answered, and the survey's page must not change when
/// someone answers (<c>SurveyAdversaryTests</c>).
/// </summary>
public sealed record MailingProgress(int Mails, int Waiting, int Failed)
{
    public int Mailed => Math.Max(0, Mails - Waiting - Failed);

    public bool Complete => Waiting == 0;

    public string Text
    {
        get
        {
            if (Mails == 0)
            {
                return "No invitations were mailed: nobody invited has an email address. Staff answer after signing in.";
            }
            var text = Complete && Failed == 0
                ? Format($"All {Mails:N0} invitations are mailed.")
                : Format($"Mailed {Mailed:N0} of {Mails:N0} invitations.");
            if (Failed > 0)
            {
                text += Format($" {Failed:N0} could not be delivered after every retry.");
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
