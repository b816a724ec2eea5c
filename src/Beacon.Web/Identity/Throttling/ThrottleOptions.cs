namespace Beacon.Web.Identity.Throttling;

/// <summary>
/// How often the actions that mail someone or test a password may be tried (section <c>Beacon:Throttle</c>).
/// Each action has a limit per client address and a tighter one per account; a request needs room in both.
/// </summary>
public sealed class ThrottleOptions
{
    public const string Section = "Beacon:Throttle";

    /// <summary>
    /// Sign-in: a whole school may share one address at 8 a.m., so the address limit is generous; one
    /// address failing at one account is refused before Identity's lockout (5 failures) would lock it,
    /// so a flood from one place cannot lock a colleague out (<see cref="SignInFailures"/>).
    /// </summary>
    public Limit SignInPerAddress { get; set; } = Limit.Of(120, TimeSpan.FromMinutes(1));
    public Limit SignInFailuresPerAccountAndAddress { get; set; } = Limit.Of(4, TimeSpan.FromMinutes(5));

    /// <summary>Codes from an authenticator app or recovery codes, after a right password.</summary>
    public Limit TwoFactorPerAddress { get; set; } = Limit.Of(30, TimeSpan.FromMinutes(1));

    /// <summary>Every accepted request mails a link: the account limit is what the owner's inbox receives at most.</summary>
    public Limit ForgotPasswordPerAddress { get; set; } = Limit.Of(20, TimeSpan.FromMinutes(15));
    public Limit ForgotPasswordPerAccount { get; set; } = Limit.Of(3, TimeSpan.FromMinutes(15));

    /// <summary>Invitations one administrator sends, and from one address.</summary>
    public Limit InvitationsPerAddress { get; set; } = Limit.Of(120, TimeSpan.FromHours(1));
    public Limit InvitationsPerAccount { get; set; } = Limit.Of(60, TimeSpan.FromHours(1));

    /// <summary>Survey reminders mail every staff member who has not answered: a few a day per survey.</summary>
    public Limit RemindersPerAddress { get; set; } = Limit.Of(20, TimeSpan.FromHours(1));
    public Limit RemindersPerSurvey { get; set; } = Limit.Of(2, TimeSpan.FromDays(1));

    /// <summary>The public certificate check: an employer checks a handful; a script guessing codes is stopped.</summary>
    public Limit CertificateChecksPerAddress { get; set; } = Limit.Of(30, TimeSpan.FromMinutes(1));

    /// <summary>A district's public plan page: a reader opens it a few times; a scraper is slowed.</summary>
    public Limit PublicPageViewsPerAddress { get; set; } = Limit.Of(60, TimeSpan.FromMinutes(1));
}

/// <summary>At most <see cref="Permits"/> requests in each <see cref="Window"/> (a sliding window in six segments).</summary>
public sealed class Limit
{
    public int Permits { get; set; } = 1;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    public static Limit Of(int permits, TimeSpan window) => new() { Permits = permits, Window = window };
}
