using Beacon.Bench.Generate;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Staff;
using Beacon.Web.Imports.Kinds;
using Beacon.Web.Imports.Reading;

namespace Beacon.Bench.Import;

/// <summary>
/// A OneRoster 1.1 bulk set of <c>staff</c> users over the generator's schools and people
/// (about 44 staff per school, as in the metro district): manifest.csv, orgs.csv with the district
/// and its schools, users.csv with one row per person. The same rows are also given as the records
/// the importer makes of them, for the bulk-insert and per-row references.
/// </summary>
public sealed class OneRosterSet
{
    public const string DistrictOrg = "DIST-0001";

    private static readonly IReadOnlyList<string> OrgColumns = ["sourcedId", "status", "dateLastModified", "name", "type", "identifier", "parentSourcedId"];

    private static readonly IReadOnlyList<string> UserColumns =
    [
        "sourcedId", "status", "dateLastModified", "enabledUser", "orgSourcedIds", "role", "username", "userIds",
        "givenName", "familyName", "middleName", "identifier", "email", "sms", "phone", "agentSourcedIds", "grades", "password",
    ];

    private readonly ScaleData _data;

    public OneRosterSet(int staff)
    {
        Staff = staff;
        _data = new ScaleData(new ScaleProfile("import", "Import District", Math.Max(1, staff / 44), staff));
        People = _data.Staff(0, staff).ToList();
    }

    public int Staff { get; }

    public IReadOnlyList<GeneratedSchool> Schools => _data.Schools;

    public IReadOnlyList<GeneratedStaff> People { get; }

    public IReadOnlyList<NamedFile> Files() =>
    [
        new("manifest.csv", CsvFile.Build(["propertyName", "value"],
        [
            ["manifest.version", "1.0"], ["oneroster.version", "1.1"], ["file.orgs", "bulk"], ["file.users", "bulk"],
            ["file.academicSessions", "absent"], ["file.classes", "absent"], ["file.courses", "absent"], ["file.enrollments", "absent"],
        ])),
        new("orgs.csv", CsvFile.Build(OrgColumns,
        [
            [DistrictOrg, "active", "2026-08-01T00:00:00Z", "Import District", "district", "0001", ""],
            .. Schools.Select(s => (IReadOnlyList<string>)[s.SourceId, "active", "2026-08-01T00:00:00Z", s.Name, "school", s.SourceId[3..], DistrictOrg]),
        ])),
        new("users.csv", CsvFile.Build(UserColumns, People.Select(p => (IReadOnlyList<string>)
        [
            p.SourceId, "active", "2026-08-01T00:00:00Z", "true", string.Join(',', p.SchoolIds), OneRosterRole(p.Role), p.Email,
            $"{{district:{p.StaffNumber}}}", p.GivenName, p.FamilyName, "", p.StaffNumber, p.Email, "", "", "", "", "",
        ]))),
    ];

    /// <summary>What the importer stores for this set, in a district: its schools, staff members and their assignments.</summary>
    public (List<School> Schools, List<StaffMember> Staff, List<StaffAssignment> Assignments) Records(Guid districtId)
    {
        var schools = Schools.Select(s => new School
        {
            Id = Guid.CreateVersion7(),
            DistrictId = districtId,
            SourceId = s.SourceId,
            Name = s.Name,
            LocalCode = s.SourceId[3..],
        }).ToList();
        var bySource = schools.ToDictionary(s => s.SourceId, StringComparer.Ordinal);
        var staff = new List<StaffMember>(People.Count);
        var assignments = new List<StaffAssignment>(People.Count);
        foreach (var person in People)
        {
            var member = new StaffMember
            {
                Id = Guid.CreateVersion7(),
                DistrictId = districtId,
                SourceId = person.SourceId,
                GivenName = person.GivenName,
                FamilyName = person.FamilyName,
                Email = person.Email,
                StaffNumber = person.StaffNumber,
                Role = OneRosterRoles.Classify(OneRosterRole(person.Role)).Role,
            };
            staff.Add(member);
            var share = AssignmentSync.Share(1.0, person.SchoolIds.Count);
            assignments.AddRange(person.SchoolIds.Select(id => new StaffAssignment
            {
                Id = Guid.CreateVersion7(),
                DistrictId = districtId,
                StaffMemberId = member.Id,
                SchoolId = bySource[id].Id,
                Fte = share,
            }));
        }
        return (schools, staff, assignments);
    }

    /// <summary>OneRoster 1.1 knows teachers, administrators, aides and proctors; specialists and coaches are rostered as teachers.</summary>
    private static string OneRosterRole(string role) => role switch
    {
        "Administrator" => "administrator",
        "Aide" => "aide",
        "Other" => "proctor",
        _ => "teacher",
    };
}
