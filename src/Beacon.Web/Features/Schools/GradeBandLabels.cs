namespace Beacon.Web.Features.Schools;

public static class GradeBandLabels
{
    public static string Label(this GradeBand band) => band switch
    {
        GradeBand.K8 => "K-8",
        GradeBand.K12 => "K-12",
        _ => band.ToString(),
    };
}
