using Beacon.Web.Features.Schools;
using Beacon.Web.Imports.Reading;

namespace Beacon.Web.Imports.Kinds;

/// <summary>
/// A OneRoster 1.1 or 1.2 CSV set: manifest.csv (optional), orgs.csv (school orgs become schools;
/// the district org is the tenant itself and other org types are skipped) and users.csv with,
/// for 1.2, roles.csv (staff become staff members; students and family are never stored).
/// </summary>
public static class OneRosterRows
{
    public static ImportPlan Plan(IReadOnlyDictionary<string, ImportTable> files, ExistingRecords existing)
    {
        var plan = new ImportPlan();
        if (files.TryGetValue("manifest.csv", out var manifest))
        {
            ReadManifest(manifest, files, plan);
        }
        if (!files.ContainsKey("orgs.csv") && !files.ContainsKey("users.csv"))
        {
            if (plan.IsValid)
            {
                plan.Problem(ImportProblem.WholeFile, "",
                    "There is no orgs.csv or users.csv in the upload. Upload the zip your student-information system exported, or choose orgs.csv and users.csv.");
            }
            return plan;
        }
        var orgs = new Dictionary<string, School?>(StringComparer.Ordinal);
        if (files.TryGetValue("orgs.csv", out var orgTable))
        {
            PlanOrgs(orgTable, existing, plan, orgs);
        }
        if (files.TryGetValue("users.csv", out var users))
        {
            OneRosterUsers.Plan(users, files.GetValueOrDefault("roles.csv"), existing, plan, orgs);
        }
        return plan;
    }

    private static void ReadManifest(ImportTable manifest, IReadOnlyDictionary<string, ImportTable> files, ImportPlan plan)
    {
        const string file = "manifest.csv";
        if (!HeaderCheck.Check(manifest, plan, ["propertyName", "value"], file: file, hint: " (a OneRoster manifest has the columns propertyName and value)"))
        {
            return;
        }
        var property = manifest.Column("propertyName");
        var valueColumn = manifest.Column("value");
        foreach (var row in manifest.Rows)
        {
            var name = row[property];
            var value = row[valueColumn];
            if (name.Equals("oneroster.version", StringComparison.OrdinalIgnoreCase))
            {
                if (value is not ("1.0" or "1.1" or "1.2"))
                {
                    plan.Problem(row.Line, "value", $"OneRoster version {Cells.Quote(value)} is not one Beacon reads. Export OneRoster 1.1 or 1.2 CSV.", file);
                }
                else
                {
                    plan.Notes.Add($"OneRoster {value} files.");
                }
                continue;
            }
            var target = name.StartsWith("file.", StringComparison.OrdinalIgnoreCase) ? $"{name[5..].ToLowerInvariant()}.csv" : null;
            if (target is null || !ImportReader.OneRosterFiles.Contains(target))
            {
                continue;
            }
            if (value.Equals("delta", StringComparison.OrdinalIgnoreCase))
            {
                plan.Problem(row.Line, "value", $"{target} is a delta (changes only) file. Beacon takes bulk files: export a bulk (full) OneRoster set.", file);
            }
            else if (value.Equals("bulk", StringComparison.OrdinalIgnoreCase) && !files.ContainsKey(target))
            {
                plan.Problem(row.Line, "value", $"The manifest lists {target} as bulk, but it is not in the upload. Add {target}, or export the set again.", file);
            }
        }
    }

    private static void PlanOrgs(ImportTable table, ExistingRecords existing, ImportPlan plan, Dictionary<string, School?> orgs)
    {
        const string file = "orgs.csv";
        if (!HeaderCheck.Check(table, plan, ["sourcedId", "name", "type"], file: file))
        {
            return;
        }
        var idColumn = table.Column("sourcedId");
        var nameColumn = table.Column("name");
        var typeColumn = table.Column("type");
        var identifierColumn = table.Column("identifier");
        var statusColumn = table.Column("status");
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var check = new RowCheck(plan, row, file);
            var sourceId = check.Text(idColumn, 400, required: true);
            if (sourceId.Length > 0 && !lines.TryAdd(sourceId, row.Line))
            {
                check.Fail(idColumn, $"Org {Cells.Quote(sourceId)} is also on line {lines[sourceId]}. Each sourcedId may appear once: correct the export.");
                continue;
            }
            var type = row[typeColumn];
            if (type.Length == 0)
            {
                check.Fail(typeColumn, "This cell is empty. Every org needs a type, such as school or district.");
            }
            if (check.Failed)
            {
                continue;
            }
            if (!type.Equals("school", StringComparison.OrdinalIgnoreCase) || row[statusColumn].Equals("tobedeleted", StringComparison.OrdinalIgnoreCase))
            {
                orgs[sourceId] = null;
                plan.Ignore();
                continue;
            }
            var name = check.Text(nameColumn, 200, required: true);
            var localCode = check.OptionalText(identifierColumn, 400);
            if (check.Failed)
            {
                continue;
            }
            var isNew = !existing.Schools.TryGetValue(sourceId, out var school);
            school ??= new School { Id = Guid.CreateVersion7(), SourceId = sourceId, Name = name };
            var changed = Change.Set(school.Name, name, v => school.Name = v);
            if (identifierColumn.Present)
            {
                changed |= Change.Set(school.LocalCode, localCode, v => school.LocalCode = v);
            }
            plan.Record(isNew, changed, row.Line, $"School {name} ({sourceId})", school);
            existing.Schools[sourceId] = school;
            orgs[sourceId] = school;
        }
    }
}
