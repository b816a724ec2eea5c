namespace Beacon.Web.Data;

/// <summary>
/// How long text may be, in one place: the EF configuration (<c>HasMaxLength</c>), the forms'
/// validation (<c>[StringLength]</c>), truncation and the import checks all read these, and the
/// messages that name a limit are built from them. The values are those the database columns
/// already have; changing one changes the schema and needs a migration.
/// </summary>
public static class Limits
{
    /// <summary>A short code or key: a state or local code, an enum stored as text.</summary>
    public const int Code = 40;

    /// <summary>A short label: a subject, a kind of position, a community's name.</summary>
    public const int ShortName = 120;

    /// <summary>A name or a title: a school, a person, a plan, a goal's owner.</summary>
    public const int Name = 200;

    /// <summary>An email address as ASP.NET Core Identity stores it.</summary>
    public const int Email = 256;

    /// <summary>One line: a goal, an action, a short note.</summary>
    public const int Line = 300;

    /// <summary>Any text column without a limit of its own (a link, a mail's subject, a short description).</summary>
    public const int ShortText = 400;

    /// <summary>A short paragraph: a target, a purpose, a failed delivery's error.</summary>
    public const int Paragraph = 1000;

    /// <summary>Free text: notes, comments, descriptions, a link given as evidence.</summary>
    public const int Text = 2000;

    /// <summary>Long free text: narratives, summaries, agendas, meeting notes.</summary>
    public const int LongText = 4000;

    /// <summary>An uploaded evidence file's name (the longest a Windows path allows).</summary>
    public const int EvidenceFileName = 260;

    /// <summary>The largest file a research project may attach (10 MB); the files are kept in the database.</summary>
    public const long ResearchAttachmentBytes = 10 * 1024 * 1024;

    /// <summary>The file types a research project may attach: documents, slides, sheets, pictures and data.</summary>
    public static readonly IReadOnlyList<string> ResearchAttachmentTypes = [".pdf", ".docx", ".xlsx", ".pptx", ".png", ".jpg", ".jpeg", ".csv", ".txt"];

    /// <summary>How many files one research project may attach, so one project cannot fill the database.</summary>
    public const int ResearchAttachments = 10;

    /// <summary>An import file's name, as the upload keeps it and the import run stores it.</summary>
    public const int ImportFileName = 400;

    /// <summary>
    /// The most schools a filter lists as choices; a larger district (a metro one has thousands) gets a search
    /// box instead, so a list page's size does not grow with the district.
    /// </summary>
    public const int SchoolChoices = 200;

    /// <summary>How many people a people picker lists for one search: a short, bounded list to choose from.</summary>
    public const int PeopleListed = 20;

    /// <summary>How many overdue milestones the mentoring report lists (oldest first); it says how many there are in all.</summary>
    public const int OverdueMilestonesListed = 100;

    /// <summary>The smallest amount one cost line of a plan action may hold (one cent).</summary>
    public const double CostAmountMin = 0.01;

    /// <summary>The largest amount one cost line may hold; the column holds 14 digits, 2 after the point.</summary>
    public const double CostAmountMax = 100_000_000;

    /// <summary>The field message for an amount outside those limits, built from them.</summary>
    public const string CostAmountMessage = "Enter an amount from 0.01 to 100,000,000.";

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="limit"/> characters.</summary>
    public static string Fit(string text, int limit) => text.Length <= limit ? text : text[..limit];
}
