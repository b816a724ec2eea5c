namespace Beacon.Web.Features.Mentoring.Matching;

/// <summary>Distance between schools as the crow flies (haversine), which is what a district's addresses give without a routing service.</summary>
public static class Travel
{
    private const double EarthRadiusKm = 6371.0;

    public static double? Kilometres(SchoolFacts a, SchoolFacts b)
    {
        if (a.Id == b.Id)
        {
            return 0;
        }
        if (a.Latitude is not { } lat1 || a.Longitude is not { } lon1 || b.Latitude is not { } lat2 || b.Longitude is not { } lon2)
        {
            return null;
        }
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
