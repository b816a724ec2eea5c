namespace Beacon.Web.Features.Schools;

public enum GradeBand
{
    Other = 0,
    Elementary,
    Middle,
    High,
    K8,
    K12,
}
