using System.Security.Claims;
using Beacon.Web.Identity;

namespace Beacon.Web.Features.Home;

public static class HomeSetup
{
    public static WebApplicationBuilder AddBeaconHomes(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<TeacherHome>();
        builder.Services.AddScoped<PrincipalHome>();
        builder.Services.AddScoped<LeaderHome>();
        builder.Services.AddScoped<TrusteeHome>();
        builder.Services.AddScoped<HrHome>();
        builder.Services.AddScoped<AdminHome>();
        return builder;
    }
}

/// <summary>Which homes a person sees, in order: one per role they hold (most people hold one).</summary>
public static class HomeChoice
{
    public static IReadOnlyList<string> For(ClaimsPrincipal user)
    {
        var homes = new List<string>();
        if (user.IsInRole(Roles.DistrictAdministrator))
        {
            homes.Add("admin");
        }
        if (user.IsInRole(Roles.DistrictLeader))
        {
            homes.Add("leader");
        }
        if (user.IsInRole(Roles.HumanResources))
        {
            homes.Add("hr");
        }
        if (user.IsInRole(Roles.SchoolLeader))
        {
            homes.Add("principal");
        }
        if (user.IsInRole(Roles.BoardTrustee))
        {
            homes.Add("trustee");
        }
        if (user.IsInRole(Roles.Teacher) || user.IsInRole(Roles.Coach))
        {
            homes.Add("teacher");
        }
        return homes;
    }
}
