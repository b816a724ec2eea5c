using System.Globalization;
using Beacon.Web.Features.Staff;
using Beacon.Web.Imports.Reading;

namespace Beacon.Web.Imports.Kinds;

/// <summary>
/// The staff template: one row per person, matched on staff_id, with the schools they work at
/// (school_ids, separated by semicolons) and their share of a full-time post (fte). A column left
/// out of the file leaves that field as it is; an empty cell in a column that is there clears it.
/// </summary>
public static class StaffRows
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "staff_id", "staff_number", "given_name", "family_name", "email", "role",
        "years_experience", "certification", "effectiveness", "school_ids", "fte", "subject", "out_of_field",
    ];

    private static readonly IReadOnlyList<string> Required = ["staff_id", "given_name", "family_name", "role"];

    public static readonly IReadOnlyDictionary<string, StaffRole> Roles =
        Enum.GetValues<StaffRole>().ToDictionary(r => RowCheck.Key(r.ToString()));

    public static readonly IReadOnlyDictionary<string, CertificationStatus> Certifications =
        Enum.GetValues<CertificationStatus>().ToDictionary(c => RowCheck.Key(c.ToString()));

    public static readonly IReadOnlyDictionary<string, EffectivenessRating> Ratings =
        Enum.GetValues<EffectivenessRating>()
            .SelectMany(r => new[] { (RowCheck.Key(r.ToString()), r), (((int)r).ToString(CultureInfo.InvariantCulture), r) })
            .ToDictionary(p => p.Item1, p => p.r);

    public static readonly IReadOnlyDictionary<string, bool> YesNo = new Dictionary<string, bool>
    {
        ["yes"] = true,
        ["y"] = true,
        ["true"] = true,
        ["1"] = true,
        ["no"] = false,
        ["n"] = false,
        ["false"] = false,
        ["0"] = false,
    };

    public const string RoleChoices = "Teacher, Administrator, Counselor, Specialist, Coach, Aide, Other";
    public const string CertificationChoices = "Certified, Provisional, Uncertified, Unknown";
    public const string RatingChoices = "Ineffective (1), Developing (2), Effective (3), Highly effective (4)";

    public static ImportPlan Plan(ImportTable table, ExistingRecords existing)
    {
        var plan = new ImportPlan();
        if (!HeaderCheck.Check(table, plan, Required, Columns) || !HeaderCheck.HasRows(table, plan))
        {
            return plan;
        }
        var c = new StaffColumns(table);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var check = new RowCheck(plan, row);
            var sourceId = check.Text(c.Id, 400, required: true);
            if (sourceId.Length > 0 && !seen.TryAdd(sourceId, row.Line))
            {
                check.Fail(c.Id, $"Staff member {Cells.Quote(sourceId)} is also on line {seen[sourceId]}. Each person may appear once: delete or correct one of the rows.");
            }
            var values = new StaffValues(
                check.OptionalText(c.Number, 400),
                check.Text(c.GivenName, 100, required: true),
                check.Text(c.FamilyName, 100, required: true),
                check.Email(c.Email),
                check.Choice(c.Role, Roles, RoleChoices),
                check.Integer(c.Experience, 0, 70),
                check.Choice(c.Certification, Certifications, CertificationChoices) ?? CertificationStatus.Unknown,
                check.Choice(c.Effectiveness, Ratings, RatingChoices));
            if (values.Role is null && row[c.Role].Length == 0)
            {
                check.Fail(c.Role, $"This cell is empty. Every row needs a role: use one of {RoleChoices}.");
            }
            var assignments = c.Schools.Present ? Assignments(check, row, c, existing) : null;
            var fields = new AssignmentSync.AssignmentFields(
                c.Subject.Present, check.OptionalText(c.Subject, 120), check.Choice(c.OutOfField, YesNo, "yes or no"));
            if (check.Failed)
            {
                continue;
            }
            var isNew = !existing.Staff.TryGetValue(sourceId, out var member);
            member ??= new StaffMember { Id = Guid.CreateVersion7(), SourceId = sourceId, GivenName = values.GivenName, FamilyName = values.FamilyName };
            var changed = values.ApplyTo(member, c);
            if (assignments is not null)
            {
                changed |= AssignmentSync.Sync(member, assignments, existing, plan, fields);
            }
            plan.Record(isNew, changed, row.Line, $"{values.GivenName} {values.FamilyName} ({sourceId})", member);
            if (isNew)
            {
                existing.Staff[sourceId] = member;
            }
        }
        return plan;
    }

    /// <summary>The schools of school_ids with their shares: fte is the person's total (split evenly) or one share per school.</summary>
    private static List<(Guid SchoolId, double Fte)>? Assignments(RowCheck check, ImportRow row, StaffColumns c, ExistingRecords existing)
    {
        var ids = Cells.List(row[c.Schools], ';');
        var schools = new List<Guid>();
        foreach (var id in ids)
        {
            if (!existing.Schools.TryGetValue(id, out var school))
            {
                check.Fail(c.Schools, $"School {Cells.Quote(id)} is not one of the district's schools. Correct the id, or import the school first with the schools template.");
            }
            else if (schools.Contains(school.Id))
            {
                check.Fail(c.Schools, $"School {Cells.Quote(id)} is listed twice. List each school once.");
            }
            else
            {
                schools.Add(school.Id);
            }
        }
        var fteText = c.Fte.Present ? row[c.Fte] : "";
        if (fteText.Length == 0)
        {
            return schools.Select(s => (s, AssignmentSync.Share(1.0, schools.Count))).ToList();
        }
        if (ids.Count == 0)
        {
            check.Fail(c.Fte, "An fte is given but school_ids is empty. List the schools the fte is for, or leave fte empty.");
            return null;
        }
        var parts = Cells.List(fteText, ';');
        var shares = new List<double>();
        foreach (var part in parts)
        {
            if (!double.TryParse(part, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var share) || share <= 0 || share > 1)
            {
                check.Fail(c.Fte, $"{Cells.Quote(part)} is not a share of a full-time post. Enter a number above 0 and at most 1, such as 0.5.");
                return null;
            }
            shares.Add(share);
        }
        if (parts.Count == 1)
        {
            return schools.Select(s => (s, AssignmentSync.Share(shares[0], schools.Count))).ToList();
        }
        if (parts.Count != ids.Count)
        {
            check.Fail(c.Fte, $"There are {parts.Count} fte values for {ids.Count} schools. Give one total, or one value per school in the order of school_ids.");
            return null;
        }
        if (shares.Sum() > 1.0001)
        {
            check.Fail(c.Fte, string.Create(CultureInfo.InvariantCulture, $"The shares add up to {shares.Sum():0.###}, more than one full-time post. Correct them so they add up to 1 or less."));
            return null;
        }
        return schools.Zip(shares, (s, share) => (s, Math.Round(share, 4))).ToList();
    }

    internal sealed class StaffColumns(ImportTable table)
    {
        public ImportColumn Id { get; } = table.Column("staff_id");
        public ImportColumn Number { get; } = table.Column("staff_number");
        public ImportColumn GivenName { get; } = table.Column("given_name");
        public ImportColumn FamilyName { get; } = table.Column("family_name");
        public ImportColumn Email { get; } = table.Column("email");
        public ImportColumn Role { get; } = table.Column("role");
        public ImportColumn Experience { get; } = table.Column("years_experience");
        public ImportColumn Certification { get; } = table.Column("certification");
        public ImportColumn Effectiveness { get; } = table.Column("effectiveness");
        public ImportColumn Schools { get; } = table.Column("school_ids");
        public ImportColumn Fte { get; } = table.Column("fte");
        public ImportColumn Subject { get; } = table.Column("subject");
        public ImportColumn OutOfField { get; } = table.Column("out_of_field");
    }

    internal sealed record StaffValues(
        string? Number, string GivenName, string FamilyName, string? Email, StaffRole? Role,
        int? Experience, CertificationStatus Certification, EffectivenessRating? Effectiveness)
    {
        public bool ApplyTo(StaffMember s, StaffColumns c)
        {
            var changed = Change.Set(s.GivenName, GivenName, v => s.GivenName = v);
            changed |= Change.Set(s.FamilyName, FamilyName, v => s.FamilyName = v);
            changed |= Change.Set(s.Role, Role ?? s.Role, v => s.Role = v);
            if (c.Number.Present) changed |= Change.Set(s.StaffNumber, Number, v => s.StaffNumber = v);
            if (c.Email.Present) changed |= Change.Set(s.Email, Email, v => s.Email = v);
            if (c.Experience.Present) changed |= Change.Set(s.YearsOfExperience, Experience, v => s.YearsOfExperience = v);
            if (c.Certification.Present) changed |= Change.Set(s.Certification, Certification, v => s.Certification = v);
            if (c.Effectiveness.Present) changed |= Change.Set(s.Effectiveness, Effectiveness, v => s.Effectiveness = v);
            return changed;
        }
    }
}
