using Microsoft.AspNetCore.Identity;

namespace Beacon.Web.Identity;

/// <summary>Identity's messages, reworded to say what to do next.</summary>
public sealed class BeaconIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new()
    {
        Code = nameof(PasswordTooShort),
        Description = $"Use at least {length} characters. A phrase of three or four unrelated words is long enough and easy to remember.",
    };

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new()
    {
        Code = nameof(PasswordRequiresUniqueChars),
        Description = $"Use at least {uniqueChars} different characters.",
    };

    public override IdentityError PasswordMismatch() => new()
    {
        Code = nameof(PasswordMismatch),
        Description = "This is not your current password. Type it again, or sign out and reset it.",
    };

    public override IdentityError DuplicateEmail(string email) => new()
    {
        Code = nameof(DuplicateEmail),
        Description = $"{email} already has a Beacon account. Each person has one account; use another address or ask the system administrator.",
    };

    public override IdentityError DuplicateUserName(string userName) => DuplicateEmail(userName);

    public override IdentityError InvalidToken() => new()
    {
        Code = nameof(InvalidToken),
        Description = "This link has expired or has already been used. Ask for a new one.",
    };

    public override IdentityError UserAlreadyHasPassword() => new()
    {
        Code = nameof(UserAlreadyHasPassword),
        Description = "This invitation has already been accepted. Sign in, or reset your password if you have forgotten it.",
    };
}
