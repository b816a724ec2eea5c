using Beacon.Web.Data.Interceptors;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Surveys;

/// <summary>
/// How many have answered in one cell (survey × school × role group), kept up to date by
/// <see cref="SurveyTallies"/> in the transaction of each submission so a release reads counts,
/// not responses. A function of the stored responses and nothing else: no person, no time.
/// </summary>
public class SurveyCellTally : IDistrictOwned, INotAudited
{
    public Guid SurveyId { get; set; }
    public Guid SchoolId { get; set; }
    public required string RoleGroup { get; set; }
    public Guid DistrictId { get; set; }
    public int Respondents { get; set; }
}

/// <summary>
/// One item's running figures in a cell: how many answered it, their sum, and how many chose each
/// point of the scale. The same shape as a released figure (<see cref="SurveyReleaseFigure"/>), so a
/// release copies them instead of grouping every answer.
/// </summary>
public class SurveyItemTally : IItemFigures, IDistrictOwned, INotAudited
{
    public Guid SurveyId { get; set; }
    public Guid SchoolId { get; set; }
    public required string RoleGroup { get; set; }
    public Guid ItemId { get; set; }
    public Guid DistrictId { get; set; }
    public int Count { get; set; }
    public long Sum { get; set; }
    public int Chose1 { get; set; }
    public int Chose2 { get; set; }
    public int Chose3 { get; set; }
    public int Chose4 { get; set; }
    public int Chose5 { get; set; }
}
