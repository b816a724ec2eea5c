using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Beacon.Web.Identity;

/// <summary>
/// The version of Identity's tables: 3 adds passkeys (<c>AspNetUserPasskeys</c>). Identity reads it
/// from <see cref="IdentityOptions"/> in the app's services when it builds the model.
/// </summary>
public static class IdentitySchema
{
    public static readonly Version Version = IdentitySchemaVersions.Version3;

    /// <summary>For contexts built without the app's services: only the options Identity's model reads.</summary>
    public static IServiceProvider Services { get; } = new ServiceCollection()
        .AddSingleton(Options.Create(new IdentityOptions { Stores = { SchemaVersion = Version } }))
        .BuildServiceProvider();
}
