using Beacon.Web.Data.Interceptors;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Surveys;

public enum SurveyStatus
{
    Draft = 0,
    Published,
    Closed,
}

/// <summary>
/// A staff survey built from a framework's indicators, sent to the staff of chosen schools for a
/// window of dates. Answers never carry the person: see <see cref="SurveyResponse"/>.
/// </summary>
public class Survey : IDistrictOwned, ICreatedAt, ICreatedBy
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public required string Name { get; set; }
    public Guid FrameworkId { get; set; }
    public Guid FrameworkVersionId { get; set; }

    /// <summary>The earlier administration this one is compared with, set when it was copied from it.</summary>
    public Guid? PreviousSurveyId { get; set; }

    public DateOnly OpensOn { get; set; }
    public DateOnly ClosesOn { get; set; }
    public SurveyStatus Status { get; set; }
    public bool AsksForComment { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    public List<SurveyItem> Items { get; set; } = [];
    public List<SurveySchool> Schools { get; set; } = [];

    public bool IsOpenOn(DateOnly day) => Status == SurveyStatus.Published && day >= OpensOn && day <= ClosesOn;
}

/// <summary>One five-point agreement statement, taken from a framework indicator; its standard is copied so results group without joins.</summary>
public class SurveyItem : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid SurveyId { get; set; }
    public int Position { get; set; }
    public required string IndicatorCode { get; set; }
    public required string StandardCode { get; set; }
    public required string StandardName { get; set; }
    public required string Text { get; set; }
}

/// <summary>A school whose staff receive the survey.</summary>
public class SurveySchool : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid SurveyId { get; set; }
    public Guid SchoolId { get; set; }
}
