using Beacon.Web.Features.Schools;
using Beacon.Web.Imports.Reading;

namespace Beacon.Web.Imports.Kinds;

/// <summary>
/// The schools template: one row per school, matched on school_id. A column left out of the file
/// leaves that field as it is; an empty cell in a column that is there clears the field.
/// </summary>
public static class SchoolRows
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "school_id", "name", "state_code", "local_code", "grade_band", "address",
        "enrollment", "poverty_percent", "english_learner_percent", "disability_percent",
    ];

    private static readonly IReadOnlyList<string> Required = ["school_id", "name"];

    public static readonly IReadOnlyDictionary<string, GradeBand> GradeBands = new Dictionary<string, GradeBand>
    {
        ["other"] = GradeBand.Other,
        ["elementary"] = GradeBand.Elementary,
        ["primary"] = GradeBand.Elementary,
        ["middle"] = GradeBand.Middle,
        ["high"] = GradeBand.High,
        ["secondary"] = GradeBand.High,
        ["k8"] = GradeBand.K8,
        ["k12"] = GradeBand.K12,
    };

    public const string GradeBandChoices = "Elementary, Middle, High, K-8, K-12, Other";

    public static ImportPlan Plan(ImportTable table, ExistingRecords existing)
    {
        var plan = new ImportPlan();
        if (!HeaderCheck.Check(table, plan, Required, Columns) || !HeaderCheck.HasRows(table, plan))
        {
            return plan;
        }
        var c = new SchoolColumns(table);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var check = new RowCheck(plan, row);
            var sourceId = check.Text(c.Id, 400, required: true);
            if (sourceId.Length > 0 && !seen.TryAdd(sourceId, row.Line))
            {
                check.Fail(c.Id, $"School {Cells.Quote(sourceId)} is also on line {seen[sourceId]}. Each school may appear once: delete or correct one of the rows.");
            }
            var values = new SchoolValues(
                check.Text(c.Name, 200, required: true),
                check.OptionalText(c.StateCode, 400),
                check.OptionalText(c.LocalCode, 400),
                check.Choice(c.GradeBand, GradeBands, GradeBandChoices) ?? GradeBand.Other,
                check.OptionalText(c.Address, 400),
                check.Integer(c.Enrollment, 0, 100_000),
                check.Number(c.Poverty, 0, 100, percent: true),
                check.Number(c.EnglishLearners, 0, 100, percent: true),
                check.Number(c.Disability, 0, 100, percent: true));
            if (check.Failed)
            {
                continue;
            }
            var isNew = !existing.Schools.TryGetValue(sourceId, out var school);
            school ??= new School { Id = Guid.CreateVersion7(), SourceId = sourceId, Name = values.Name };
            var changed = values.ApplyTo(school, c);
            plan.Record(isNew, changed, row.Line, $"{values.Name} ({sourceId})", school);
            if (isNew)
            {
                existing.Schools[sourceId] = school;
            }
        }
        return plan;
    }

    internal sealed class SchoolColumns(ImportTable table)
    {
        public ImportColumn Id { get; } = table.Column("school_id");
        public ImportColumn Name { get; } = table.Column("name");
        public ImportColumn StateCode { get; } = table.Column("state_code");
        public ImportColumn LocalCode { get; } = table.Column("local_code");
        public ImportColumn GradeBand { get; } = table.Column("grade_band");
        public ImportColumn Address { get; } = table.Column("address");
        public ImportColumn Enrollment { get; } = table.Column("enrollment");
        public ImportColumn Poverty { get; } = table.Column("poverty_percent");
        public ImportColumn EnglishLearners { get; } = table.Column("english_learner_percent");
        public ImportColumn Disability { get; } = table.Column("disability_percent");
    }

    internal sealed record SchoolValues(
        string Name, string? StateCode, string? LocalCode, GradeBand GradeBand, string? Address,
        int? Enrollment, double? Poverty, double? EnglishLearners, double? Disability)
    {
        /// <summary>Copies the values of the columns the file has; true when anything changed.</summary>
        public bool ApplyTo(School s, SchoolColumns c)
        {
            var changed = Change.Set(s.Name, Name, v => s.Name = v);
            if (c.StateCode.Present) changed |= Change.Set(s.StateCode, StateCode, v => s.StateCode = v);
            if (c.LocalCode.Present) changed |= Change.Set(s.LocalCode, LocalCode, v => s.LocalCode = v);
            if (c.GradeBand.Present) changed |= Change.Set(s.GradeBand, GradeBand, v => s.GradeBand = v);
            if (c.Address.Present) changed |= Change.Set(s.Address, Address, v => s.Address = v);
            if (c.Enrollment.Present) changed |= Change.Set(s.Enrollment, Enrollment, v => s.Enrollment = v);
            if (c.Poverty.Present) changed |= Change.Set(s.PovertyPercent, Poverty, v => s.PovertyPercent = v);
            if (c.EnglishLearners.Present) changed |= Change.Set(s.EnglishLearnerPercent, EnglishLearners, v => s.EnglishLearnerPercent = v);
            if (c.Disability.Present) changed |= Change.Set(s.DisabilityPercent, Disability, v => s.DisabilityPercent = v);
            return changed;
        }
    }
}
