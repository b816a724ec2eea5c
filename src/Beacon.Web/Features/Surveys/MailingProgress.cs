using System.Globalization;

namespace Beacon.Web.Features.Surveys;

/// <summary>
/// How far a survey's latest mailing has gone out, counted from its outbox mails: never who, only
/// how many. Sent mails are forgotten after a while, so the mailed count is the queued count less
/// the mails still waiting or given up on, never a count of sent rows.
/// </summary>
public sealed record MailingProgress(bool Reminder, int Mails, int Waiting, int Failed)
{
    public int Mailed => Math.Max(0, Mails - Waiting - Failed);

    public bool Complete => Waiting == 0;

    public string Text
    {
        get
        {
            var what = Reminder ? "reminders" : "invitations";
            if (Mails == 0)
            {
                return Reminder
                    ? "No reminders were mailed: nobody who has not answered has an email address."
                    : "No invitations were mailed: nobody invited has an email address. Staff answer after signing in.";
            }
            var text = Complete && Failed == 0
                ? Format($"All {Mails:N0} {what} are mailed.")
                : Format($"Mailed {Mailed:N0} of {Mails:N0} {what}.");
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
