using Beacon.Web.Data.Interceptors;

namespace Beacon.Web.Tenancy;

/// <summary>A school district: the tenant every other record belongs to.</summary>
public class District : ICreatedAt
{
    public Guid Id { get; set; }
    public required string Name { get; set; }

    /// <summary>A short, unique, URL-safe name, e.g. "riverside".</summary>
    public required string Slug { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Teachers with fewer years of experience than this count as inexperienced in the equity report.</summary>
    public int InexperiencedUnderYears { get; set; } = 3;

    /// <summary>
    /// How many goals one improvement plan may have: "a small number of key improvement goals
    /// consistently pursued" (seed 002 §4). A district administrator may change it.
    /// </summary>
    public int MaxGoalsPerPlan { get; set; } = DefaultMaxGoalsPerPlan;

    public const int DefaultMaxGoalsPerPlan = 3;

    /// <summary>
    /// Days an action may stay overdue before its school's leaders are told (and as many again before
    /// the district's leaders are): see <see cref="Features.Plans.Reminders.ReminderCascade"/>.
    /// </summary>
    public int ReminderEscalationDays { get; set; } = Features.Plans.Reminders.ReminderCascade.DefaultEscalationDays;

    /// <summary>Survey results show no group with fewer respondents than this (never below 3).</summary>
    public int SurveyMinimumRespondents { get; set; } = 5;

    /// <summary>
    /// District administrators and human resources must sign in with two steps (a password and an
    /// authenticator code). On for every new district; a district administrator may turn it off.
    /// </summary>
    public bool TwoFactorRequiredForAdministrators { get; set; } = true;

    /// <summary>Coaches see their own schools' survey results, as principals do; otherwise only the district's, as teachers do.</summary>
    public bool CoachesSeeSchoolSurveyResults { get; set; }

    /// <summary>The header colour an administrator chose ("#0b5394"), or null for Beacon's own; always dark enough for white text.</summary>
    public string? BrandColour { get; set; }

    /// <summary>The district's small logo (PNG, JPEG or WebP, at most <see cref="Ui.BrandLimits.MaxLogoBytes"/>), or null.</summary>
    public byte[]? Logo { get; set; }

    public string? LogoContentType { get; set; }

    /// <summary>Counts changes to the logo, so its address changes and browsers fetch the new one.</summary>
    public int BrandVersion { get; set; }
}
