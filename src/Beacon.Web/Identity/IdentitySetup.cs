using Beacon.Web.Data;
using Beacon.Web.Identity.Throttling;
using Beacon.Web.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Beacon.Web.Identity;

public static class IdentitySetup
{
    public static WebApplicationBuilder AddBeaconIdentity(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddIdentity<BeaconUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                // Lockout counts failures per account, never per address: a whole school signs in from one IP.
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = builder.Configuration.GetValue("Beacon:Lockout:MaxFailedAttempts", 5);
                // Short: the rate limiter (Throttling/) keeps one address from reaching it; lockout is for attempts spread over many.
                options.Lockout.DefaultLockoutTimeSpan = builder.Configuration.GetValue("Beacon:Lockout:Duration", TimeSpan.FromMinutes(5));
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                options.Stores.SchemaVersion = IdentitySchema.Version;
            })
            .AddEntityFrameworkStores<BeaconDbContext>()
            .AddSignInManager<BeaconSignInManager>()
            .AddDefaultTokenProviders()
            // Replaces Identity's authenticator provider with one that accepts each code once.
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddTokenProvider<InvitationTokenProvider>(InvitationTokenProvider.ProviderName)
            .AddErrorDescriber<BeaconIdentityErrorDescriber>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<BeaconClaimsPrincipalFactory>();

        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/SignIn";
            options.LogoutPath = "/Account/SignOut";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "beacon.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            SessionStamp.CheckOnEveryRequest(options);
        });

        // A removed account or a changed role reaches the person's open sessions within a minute, not half an hour.
        builder.Services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

        builder.Services.AddAuthorizationBuilder()
            // Fails closed: a page that says nothing about access needs a signed-in member of a district.
            .SetFallbackPolicy(Policies.DistrictMemberPolicy())
            .AddPolicy(Policies.DistrictMember, Policies.DistrictMemberPolicy())
            .AddPolicy(Policies.DistrictAdministrator, p => p.Combine(Policies.DistrictMemberPolicy()).RequireRole(Roles.DistrictAdministrator))
            .AddPolicy(Policies.DistrictLeadership, p => p.Combine(Policies.DistrictMemberPolicy())
                .RequireRole(Roles.DistrictAdministrator, Roles.DistrictLeader))
            .AddPolicy(Policies.StaffRatings, p => p.Combine(Policies.DistrictMemberPolicy()).RequireRole(Roles.RatingReaders))
            .AddPolicy(Policies.SchoolStaffing, p => p.Combine(Policies.DistrictMemberPolicy()).RequireRole(Roles.RatingReaders.Append(Roles.SchoolLeader)))
            .AddPolicy(Policies.StaffDirectory, p => p.Combine(Policies.DistrictMemberPolicy()).RequireRole(Roles.StaffDirectoryReaders))
            .AddPolicy(Policies.SystemAdministrator, p => p.RequireAuthenticatedUser().RequireRole(Roles.SystemAdministrator));

        builder.Services.AddScoped<SchoolScope>();
        builder.Services.AddScoped<AccountLinks>();
        builder.Services.AddScoped<AccountMail>();
        builder.Services.AddScoped<Invitations>();
        builder.Services.AddScoped<UnknownAccounts>();
        builder.Services.AddScoped<PeoplePicker>();
        builder.Services.AddSingleton<UnknownAccounts.Memory>();
        builder.AddBeaconThrottling();
        builder.AddBeaconPasskeys();
        return builder;
    }
}

public static class Policies
{
    public const string DistrictMember = "DistrictMember";
    public const string DistrictAdministrator = "DistrictAdministrator";
    public const string DistrictLeadership = "DistrictLeadership";
    public const string SystemAdministrator = "SystemAdministrator";

    /// <summary>District administrators, leaders and human resources: individual effectiveness ratings.</summary>
    public const string StaffRatings = "StaffRatings";

    /// <summary>Those with <see cref="StaffRatings"/>, and school leaders for their own schools' aggregates.</summary>
    public const string SchoolStaffing = "SchoolStaffing";

    /// <summary>Every district role but board trustees: the staff directory's names, roles and schools.</summary>
    public const string StaffDirectory = "StaffDirectory";

    public static AuthorizationPolicy DistrictMemberPolicy() =>
        new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .RequireClaim(CurrentDistrict.ClaimType)
            .Build();
}
