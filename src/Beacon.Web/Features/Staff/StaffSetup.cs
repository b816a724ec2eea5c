using Beacon.Web.Data.Figures;

namespace Beacon.Web.Features.Staff;

public static class StaffSetup
{
    /// <summary>The staff list's figures: how many staff the district has, counted again only after a change to them.</summary>
    public const string DirectoryFigures = "staff-directory";

    public static WebApplicationBuilder AddBeaconStaff(this WebApplicationBuilder builder)
    {
        builder.Services.AddFigureSource(DirectoryFigures, typeof(StaffMember));
        return builder;
    }
}
