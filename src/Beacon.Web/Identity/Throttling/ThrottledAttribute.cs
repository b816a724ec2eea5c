namespace Beacon.Web.Identity.Throttling;

/// <summary>The throttled actions; each is named on the page that performs it.</summary>
public enum ThrottledAction
{
    SignIn,
    TwoFactor,
    ForgotPassword,
    Invitation,
    Reminder,
    CertificateCheck,
    PublicPage,
}

/// <summary>
/// Marks a page whose POST <paramref name="handler"/> (null: the default handler) is limited by
/// <see cref="Throttle"/>. GET requests are limited only when <see cref="IncludesGet"/> (an anonymous look-up by a guessable key).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class ThrottledAttribute(ThrottledAction action, string? handler = null) : Attribute
{
    public ThrottledAction Action { get; } = action;
    public string? Handler { get; } = handler;

    /// <summary>Also limit GET requests: a public page that looks something up by a code in its address.</summary>
    public bool IncludesGet { get; init; }
}
