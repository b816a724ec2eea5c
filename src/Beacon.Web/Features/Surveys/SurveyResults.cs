using Beacon.Web.Features.Surveys.Privacy;

namespace Beacon.Web.Features.Surveys;

/// <summary>One standard (framework domain) of a survey, in the survey's order.</summary>
public sealed record StandardColumn(string Code, string Name);

/// <summary>
/// A group's results as shown: null respondents and means when the privacy rule hides it, so
/// a hidden group cannot leak through any column, on screen or in the export.
/// </summary>
public sealed record GroupResult(
    string Kind,
    string Name,
    Guid? SchoolId,
    int? Respondents,
    double? Mean,
    IReadOnlyList<double?> ByStandard,
    double? Change)
{
    public bool Shown => Respondents is not null;

    /// <summary>How many answers chose each point of the scale (1 to 5) over all items; null when the group is not shown or not charted (schools).</summary>
    public IReadOnlyList<int>? Agreement { get; init; }

    /// <summary>The same group's <see cref="Agreement"/> in the previous survey; null when it was not shown there (or there is none).</summary>
    public IReadOnlyList<int>? PreviousAgreement { get; init; }
}

/// <summary>How the shown total group answered one item: answers per point of the scale, 1 to 5.</summary>
public sealed record ItemAgreement(string Code, string Text, string Standard, IReadOnlyList<int> Chosen)
{
    /// <summary>The total group's answers to the same indicator (or standard) in the previous survey; null when not shown there.</summary>
    public IReadOnlyList<int>? PreviousChosen { get; init; }
}

public sealed record ItemResult(string Code, string Text, string Standard, double Mean);

/// <summary>A release as the results page names it.</summary>
public sealed record ReleaseInfo(Guid Id, int Number, DateOnly ReleasedOn, int Minimum, bool Final);

/// <summary>What the results page (and its export) show for the district or one school.</summary>
public sealed record SurveyResults(
    Survey Survey,
    string? SchoolName,
    Disclosure Disclosure,
    IReadOnlyList<StandardColumn> Standards,
    GroupResult Total,
    IReadOnlyList<GroupResult> Roles,
    IReadOnlyList<GroupResult> Schools,
    IReadOnlyList<ItemResult> Strongest,
    IReadOnlyList<ItemResult> Weakest,
    IReadOnlyList<(string RoleGroup, string Text)> Comments,
    string? PreviousName,
    ReleaseInfo? Release,
    IReadOnlyList<ReleaseInfo> Releases)
{
    public IEnumerable<GroupResult> Rows => [Total, .. Roles, .. Schools];

    /// <summary>Each item's answers for the total group, in the survey's order; empty when the total is not shown.</summary>
    public IReadOnlyList<ItemAgreement> Items { get; init; } = [];

    /// <summary>The total group's answers per standard (Code: the standard's code, Text: its name); empty when the total is not shown.</summary>
    public IReadOnlyList<ItemAgreement> ByStandard { get; init; } = [];
}
