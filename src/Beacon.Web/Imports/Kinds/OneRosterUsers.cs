using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Staff;
using Beacon.Web.Imports.Reading;

namespace Beacon.Web.Imports.Kinds;

/// <summary>
/// users.csv of a OneRoster set. A user's role and orgs come from its role and orgSourcedIds
/// columns (1.1) or from roles.csv (1.2). Staff become staff members with one assignment per
/// school org, sharing a full post equally. Students, guardians, parents and relatives are
/// counted and dropped without reading anything else about them. Users with enabledUser=false,
/// or status tobedeleted, are skipped: they are not working in the district now, and counting
/// them would distort staffing figures (a record already in Beacon is left as it is).
/// </summary>
public static class OneRosterUsers
{
    private const string File = "users.csv";
    private const string RolesFile = "roles.csv";

    public static void Plan(ImportTable users, ImportTable? roles, ExistingRecords existing, ImportPlan plan, Dictionary<string, School?> orgs)
    {
        var roleColumn = users.Column("role");
        var orgColumn = users.Column("orgSourcedIds");
        var required = roles is null ? new[] { "sourcedId", "givenName", "familyName", "role", "orgSourcedIds" } : ["sourcedId", "givenName", "familyName"];
        var hint = roles is null && !roleColumn.Present
            ? " (OneRoster 1.2 keeps roles in roles.csv: include roles.csv in the upload)"
            : null;
        if (!HeaderCheck.Check(users, plan, required, file: File, hint: hint))
        {
            return;
        }
        var roleRows = roles is null ? null : ReadRoles(roles, plan);
        var c = new
        {
            Id = users.Column("sourcedId"),
            Status = users.Column("status"),
            Enabled = users.Column("enabledUser"),
            GivenName = users.Column("givenName"),
            FamilyName = users.Column("familyName"),
            Email = users.Column("email"),
            Identifier = users.Column("identifier"),
        };
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var disabled = 0;
        foreach (var row in users.Rows)
        {
            var check = new RowCheck(plan, row, File);
            var sourceId = row[c.Id];
            if (sourceId.Length == 0)
            {
                check.Fail(c.Id, "This cell is empty. Every user needs a sourcedId: correct the export.");
                continue;
            }
            if (!lines.TryAdd(sourceId, row.Line))
            {
                check.Fail(c.Id, $"User {Cells.Quote(sourceId)} is also on line {lines[sourceId]}. Each sourcedId may appear once: correct the export.");
                continue;
            }
            if (row[c.Status].Equals("tobedeleted", StringComparison.OrdinalIgnoreCase))
            {
                plan.Ignore();
                continue;
            }
            var (kind, role, orgRefs) = roleRows is null
                ? FromColumns(check, row, roleColumn, orgColumn)
                : FromRoles(check, sourceId, roleRows);
            if (kind != OneRosterRoles.Kind.Staff)
            {
                if (kind == OneRosterRoles.Kind.NotStaff)
                {
                    plan.Ignore();
                }
                continue;
            }
            if (row[c.Enabled].Equals("false", StringComparison.OrdinalIgnoreCase))
            {
                disabled++;
                plan.Ignore();
                continue;
            }
            check.Text(c.Id, 400);
            var givenName = check.Text(c.GivenName, 100, required: true);
            var familyName = check.Text(c.FamilyName, 100, required: true);
            var email = check.Email(c.Email);
            var number = check.OptionalText(c.Identifier, 400);
            var schools = Schools(check, orgRefs, orgs, existing);
            if (check.Failed)
            {
                continue;
            }
            var isNew = !existing.Staff.TryGetValue(sourceId, out var member);
            member ??= new StaffMember { Id = Guid.CreateVersion7(), SourceId = sourceId, GivenName = givenName, FamilyName = familyName, Role = role };
            var changed = Change.Set(member.GivenName, givenName, v => member.GivenName = v);
            changed |= Change.Set(member.FamilyName, familyName, v => member.FamilyName = v);
            changed |= Change.Set(member.Role, role, v => member.Role = v);
            if (c.Email.Present) changed |= Change.Set(member.Email, email, v => member.Email = v);
            if (c.Identifier.Present) changed |= Change.Set(member.StaffNumber, number, v => member.StaffNumber = v);
            var share = AssignmentSync.Share(1.0, Math.Max(1, schools.Count));
            changed |= AssignmentSync.Sync(member, schools.Select(s => (s.Id, share)).ToList(), existing, plan);
            plan.Record(isNew, changed, row.Line, $"{givenName} {familyName}, {role} ({sourceId})", member);
            existing.Staff[sourceId] = member;
        }
        if (disabled > 0)
        {
            plan.Notes.Add($"{Ui.Plural.Of(disabled, "staff account")} with enabledUser=false {(disabled == 1 ? "is" : "are")} skipped: Beacon imports only people working in the district now.");
        }
    }

    /// <summary>A reference from a user to an org, with where it was written (for the problem message).</summary>
    private sealed record OrgRef(string Id, int Line, string Column, string File);

    private sealed record RoleRow(int Line, string Role, string OrgId, bool Primary);

    private static (OneRosterRoles.Kind, StaffRole, List<OrgRef>) FromColumns(RowCheck check, ImportRow row, ImportColumn roleColumn, ImportColumn orgColumn)
    {
        var text = row[roleColumn];
        var (kind, role) = OneRosterRoles.Classify(text);
        if (kind == OneRosterRoles.Kind.Unknown)
        {
            check.Fail(roleColumn, text.Length == 0
                ? $"This cell is empty. Every user needs a role: one of {OneRosterRoles.Known}."
                : $"{Cells.Quote(text)} is not a OneRoster role. Use one of {OneRosterRoles.Known}.");
        }
        var refs = Cells.List(row[orgColumn], ',').Select(id => new OrgRef(id, row.Line, orgColumn.Name, File)).ToList();
        if (kind == OneRosterRoles.Kind.Staff && refs.Count == 0)
        {
            check.Fail(orgColumn, "This cell is empty. List the sourcedIds of the schools (or the district) this person works for, separated by commas.");
        }
        return (kind, role, refs);
    }

    private static (OneRosterRoles.Kind, StaffRole, List<OrgRef>) FromRoles(RowCheck check, string userId, Dictionary<string, List<RoleRow>> roleRows)
    {
        if (!roleRows.TryGetValue(userId, out var rows))
        {
            check.Fail(new ImportColumn("sourcedId", 0), $"User {Cells.Quote(userId)} has no row in roles.csv. Add their role there, or correct the export.");
            return (OneRosterRoles.Kind.Unknown, default, []);
        }
        var main = rows.FirstOrDefault(r => r.Primary) ?? rows[0];
        var (kind, role) = OneRosterRoles.Classify(main.Role);
        var refs = rows
            .Where(r => OneRosterRoles.Classify(r.Role).Kind == OneRosterRoles.Kind.Staff && r.OrgId.Length > 0)
            .Select(r => new OrgRef(r.OrgId, r.Line, "orgSourcedId", RolesFile))
            .ToList();
        return (kind, role, refs);
    }

    /// <summary>roles.csv by user; rows with an unknown role are problems there, and rows to be deleted are left out.</summary>
    private static Dictionary<string, List<RoleRow>>? ReadRoles(ImportTable roles, ImportPlan plan)
    {
        if (!HeaderCheck.Check(roles, plan, ["userSourcedId", "role", "orgSourcedId"], file: RolesFile))
        {
            return null;
        }
        var user = roles.Column("userSourcedId");
        var role = roles.Column("role");
        var org = roles.Column("orgSourcedId");
        var type = roles.Column("roleType");
        var status = roles.Column("status");
        var result = new Dictionary<string, List<RoleRow>>(StringComparer.Ordinal);
        foreach (var row in roles.Rows)
        {
            if (row[status].Equals("tobedeleted", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var check = new RowCheck(plan, row, RolesFile);
            var userId = check.Text(user, 400, required: true);
            var text = row[role];
            if (OneRosterRoles.Classify(text).Kind == OneRosterRoles.Kind.Unknown)
            {
                check.Fail(role, $"{Cells.Quote(text)} is not a OneRoster role. Use one of {OneRosterRoles.Known}.");
            }
            if (check.Failed)
            {
                continue;
            }
            var list = result.TryGetValue(userId, out var existing) ? existing : result[userId] = [];
            list.Add(new RoleRow(row.Line, text, row[org], row[type].Equals("primary", StringComparison.OrdinalIgnoreCase)));
        }
        return result;
    }

    /// <summary>The schools among a user's orgs; an org that is neither in orgs.csv nor a school of the district is a problem.</summary>
    private static List<School> Schools(RowCheck check, List<OrgRef> refs, Dictionary<string, School?> orgs, ExistingRecords existing)
    {
        var schools = new List<School>();
        foreach (var reference in refs)
        {
            School? school;
            if (!orgs.TryGetValue(reference.Id, out school) && !existing.Schools.TryGetValue(reference.Id, out school))
            {
                var where = reference.File == File ? "" : $" ({reference.File} line {reference.Line})";
                check.Fail(new ImportColumn(reference.Column, 0),
                    $"Org {Cells.Quote(reference.Id)}{where} is not in orgs.csv and is not one of the district's schools. Add it to orgs.csv, or correct the sourcedId.");
                continue;
            }
            if (school is not null && !schools.Contains(school))
            {
                schools.Add(school);
            }
        }
        return schools;
    }
}
