namespace Beacon.Bench.Generate;

/// <summary>A school as the generator invents it; the latest year's figures are also on the school record.</summary>
public sealed record GeneratedSchool(
    string SourceId, string Name, string GradeBand, int Enrollment, double Poverty, double EnglishLearners, double Disability);

/// <summary>A staff member as the generator invents it, in the staff template's terms.</summary>
public sealed record GeneratedStaff(
    string SourceId, string StaffNumber, string GivenName, string FamilyName, string Email, string Role, int YearsOfExperience,
    string Certification, string Effectiveness, IReadOnlyList<string> SchoolIds, string Fte, string Subject, bool OutOfField);
