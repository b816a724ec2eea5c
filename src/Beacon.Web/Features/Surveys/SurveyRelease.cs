using Beacon.Web.Data.Interceptors;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Surveys;

/// <summary>
/// One numbered release of a survey's results: the only thing results pages, exports and the API
/// read. What each cell (school × role group) holds is decided by <see cref="Privacy.ReleaseRule"/>.
/// </summary>
public class SurveyRelease : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid SurveyId { get; set; }
    public int Number { get; set; }
    public DateOnly ReleasedOn { get; set; }

    /// <summary>The district's minimum when the release was made; a view never shows groups below it (or a later, higher one).</summary>
    public int Minimum { get; set; }

    public int Respondents { get; set; }

    /// <summary>True for the release made when the survey closed: what teachers see.</summary>
    public bool Final { get; set; }

    public List<SurveyReleaseCell> Cells { get; set; } = [];
}

/// <summary>How many respondents one school × role group holds in a release.</summary>
public class SurveyReleaseCell : IDistrictOwned, INotAudited
{
    public Guid ReleaseId { get; set; }
    public Guid DistrictId { get; set; }
    public Guid SchoolId { get; set; }
    public required string RoleGroup { get; set; }
    public int Respondents { get; set; }
}

/// <summary>A cell's figures for one item in a release: how many answered, their sum, and how many chose each point of the scale.</summary>
public class SurveyReleaseFigure : IItemFigures, IDistrictOwned, INotAudited
{
    /// <summary>A copy of a cell's figures for one item, as release <paramref name="releaseId"/> holds them.</summary>
    public static SurveyReleaseFigure Of(Guid releaseId, IItemFigures f) => new()
    {
        ReleaseId = releaseId,
        SchoolId = f.SchoolId,
        RoleGroup = f.RoleGroup,
        ItemId = f.ItemId,
        Count = f.Count,
        Sum = f.Sum,
        Chose1 = f.Chose1,
        Chose2 = f.Chose2,
        Chose3 = f.Chose3,
        Chose4 = f.Chose4,
        Chose5 = f.Chose5,
    };

    public Guid ReleaseId { get; set; }
    public Guid DistrictId { get; set; }
    public Guid SchoolId { get; set; }
    public required string RoleGroup { get; set; }
    public Guid ItemId { get; set; }
    public int Count { get; set; }
    public long Sum { get; set; }
    public int Chose1 { get; set; }
    public int Chose2 { get; set; }
    public int Chose3 { get; set; }
    public int Chose4 { get; set; }
    public int Chose5 { get; set; }
}

/// <summary>A comment as released with its cell; a random id, and shown sorted by text, so no order follows arrival.</summary>
public class SurveyReleaseComment : IDistrictOwned, INotAudited
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid ReleaseId { get; set; }
    public Guid SchoolId { get; set; }
    public required string RoleGroup { get; set; }
    public required string Text { get; set; }
}
