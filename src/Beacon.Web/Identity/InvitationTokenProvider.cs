using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Beacon.Web.Identity;

/// <summary>
/// Tokens in invitation mails. Separate from password-reset tokens so one can never stand in for
/// the other, and longer-lived (a week), because an invitation may sit in an inbox over a holiday.
/// Like reset tokens they stop working once the password is set, since that changes the security stamp.
/// </summary>
public sealed class InvitationTokenProvider(
    IDataProtectionProvider dataProtectionProvider,
    IOptions<InvitationTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<BeaconUser>> logger)
    : DataProtectorTokenProvider<BeaconUser>(dataProtectionProvider, options, logger)
{
    public const string ProviderName = "Invitation";
    public const string Purpose = "AcceptInvitation";
}

public sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public InvitationTokenProviderOptions()
    {
        Name = InvitationTokenProvider.ProviderName;
        TokenLifespan = TimeSpan.FromDays(7);
    }
}
