namespace Beacon.Web.Identity.Throttling;

/// <summary>The throttled actions; each is named on the page that performs it.</summary>
public enum ThrottledAction
{
    SignIn,
    TwoFactor,
    ForgotPassword,
    Invitation,
    Reminder,
}

/// <summary>
/// Marks a page whose POST <paramref name="handler"/> (null: the default handler) is limited by
/// <see cref="Throttle"/>. GET requests are never limited.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class ThrottledAttribute(ThrottledAction action, string? handler = null) : Attribute
{
    public ThrottledAction Action { get; } = action;
    public string? Handler { get; } = handler;
}
