namespace Beacon.Web.Features.Staff;

public enum StaffRole
{
    Teacher = 0,
    Administrator,
    Counselor,
    Specialist,
    Coach,
    Aide,
    Other,
}

public enum CertificationStatus
{
    Unknown = 0,
    Certified,
    Provisional,
    Uncertified,
}

public enum EffectivenessRating
{
    Ineffective = 1,
    Developing,
    Effective,
    HighlyEffective,
}
