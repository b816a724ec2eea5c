using Beacon.Web.Imports;
using Beacon.Web.Imports.Kinds;

namespace Beacon.Web.Features.Imports;

/// <summary>What to write in each column of the templates, shown beside the download links.</summary>
public static class TemplateGuide
{
    public sealed record Column(string Name, bool Required, string Description);

    public static IReadOnlyList<Column> For(ImportKind kind) => kind switch
    {
        ImportKind.Schools =>
        [
            new("school_id", true, "The school's id in your student-information system. Re-imports match on it."),
            new("name", true, "The school's name, up to 200 characters."),
            new("state_code", false, "The state's code for the school."),
            new("local_code", false, "The district's own code."),
            new("grade_band", false, SchoolRows.GradeBandChoices + "."),
            new("address", false, "Street address."),
            new("enrollment", false, "Number of students, a whole number."),
            new("poverty_percent", false, "Share of students in poverty, 0 to 100, e.g. 42.5."),
            new("english_learner_percent", false, "Share of English learners, 0 to 100."),
            new("disability_percent", false, "Share of students with a disability, 0 to 100."),
        ],
        ImportKind.Staff =>
        [
            new("staff_id", true, "The person's id in your HR or student-information system. Re-imports match on it."),
            new("staff_number", false, "The district's staff number."),
            new("given_name", true, "First name."),
            new("family_name", true, "Last name."),
            new("email", false, "Work email address."),
            new("role", true, StaffRows.RoleChoices + "."),
            new("years_experience", false, "Years of teaching experience, a whole number."),
            new("certification", false, StaffRows.CertificationChoices + "."),
            new("effectiveness", false, StaffRows.RatingChoices + ", or empty."),
            new("school_ids", false, "The school_id of each school they work at, separated by semicolons: 100;104."),
            new("fte", false, "Share of a full-time post: one total split evenly (1), or one per school in the order of school_ids (0.6;0.4). Empty means 1."),
            new("subject", false, "The subject they teach, e.g. Mathematics; used by subject incentives."),
            new("out_of_field", false, "yes if they teach a subject they are not certified for, otherwise no."),
        ],
        ImportKind.Metrics =>
        [
            new("school_id", true, "The school's id, as in the schools import."),
            new("school_year", true, "The year, e.g. 2025-26. A year the district does not have yet is created."),
            new("enrollment", false, "Number of students that year."),
            new("poverty_percent", false, "Share of students in poverty that year, 0 to 100."),
            new("(a measure code)", false, "One more column per measure, e.g. reading_proficiency. A new code creates a measure. An empty cell leaves the value as it is."),
        ],
        ImportKind.Positions =>
        [
            new("school_id", true, "The school's id, as in the schools import."),
            new("school_year", true, "The year, e.g. 2025-26. A year the district does not have yet is created."),
            new("position_kind", true, "The kind of post, e.g. Teacher, Mathematics teacher, Counsellor; up to 120 characters. One row per kind, school and year."),
            new("vacancies", false, "Funded posts nobody holds, in whole or half posts (0, 1, 2.5). Empty means 0."),
            new("extra_positions", false, "Posts beyond the school's base staffing, e.g. grant-funded, in whole or half posts. Empty means 0."),
        ],
        _ => [],
    };
}
