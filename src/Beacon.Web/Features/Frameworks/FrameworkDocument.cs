namespace Beacon.Web.Features.Frameworks;

/// <summary>
/// A framework's content as one plain document: what the JSON import and export carry, what the
/// shipped packs are written in, and what the editing pages change before it is saved.
/// </summary>
public sealed class FrameworkDocument
{
    public required string Name { get; set; }
    public string? Description { get; set; }
    public List<RubricLevelDocument> Rubric { get; set; } = [];
    public List<DomainDocument> Domains { get; set; } = [];

    public IEnumerable<IndicatorDocument> Indicators => Domains.SelectMany(d => d.Indicators);

    public FrameworkDocument Copy() => new()
    {
        Name = Name,
        Description = Description,
        Rubric = Rubric.Select(l => l with { }).ToList(),
        Domains = Domains.Select(d => d with { Indicators = d.Indicators.Select(i => i with { }).ToList() }).ToList(),
    };
}

public sealed record RubricLevelDocument(int Level, string Label, string? Description = null);

public sealed record DomainDocument(string Code, string Name, string? Description = null)
{
    public List<IndicatorDocument> Indicators { get; init; } = [];
}

public sealed record IndicatorDocument(string Code, string Text, string? Description = null, string? Citation = null);

public static class DefaultRubric
{
    /// <summary>The four levels every framework starts with unless it defines its own.</summary>
    public static List<RubricLevelDocument> Levels() =>
    [
        new(1, "Not yet evident", "We see no sign of this in our practice yet."),
        new(2, "Emerging", "A few people or places have started; it is not yet shared or steady."),
        new(3, "Developing", "Much of the organisation does this, though not yet consistently or everywhere."),
        new(4, "Embedded", "This is how we work everywhere, and we keep refining it."),
    ];
}
