namespace Beacon.Web.Identity;

/// <summary>How many passkeys an account keeps and how much a browser may send about one.</summary>
public static class PasskeyLimits
{
    /// <summary>A phone, a laptop, a security key or two: room for every device a person uses, not for a flood.</summary>
    public const int PerAccount = 20;

    public const int NameLength = 100;

    /// <summary>A credential with its attestation is a few kilobytes of JSON; this leaves room and no more.</summary>
    public const int CredentialJsonLength = 32_000;
}
