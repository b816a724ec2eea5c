namespace Beacon.Web.Features.Frameworks;

/// <summary>Turns a <see cref="FrameworkDocument"/> into framework records and back.</summary>
public static class FrameworkEntities
{
    public static Framework NewFramework(FrameworkDocument document, string? packKey, bool adopted, string createdBy, DateTimeOffset now)
    {
        var framework = new Framework
        {
            Id = Guid.CreateVersion7(),
            Name = document.Name,
            Description = document.Description,
            PackKey = packKey,
            Adopted = adopted,
            CreatedAt = now,
        };
        var version = NewVersion(framework.Id, 1, document, createdBy, now);
        framework.Versions.Add(version);
        framework.CurrentVersionId = version.Id;
        return framework;
    }

    public static FrameworkVersion NewVersion(Guid frameworkId, int number, FrameworkDocument document, string createdBy, DateTimeOffset now)
    {
        var version = new FrameworkVersion
        {
            Id = Guid.CreateVersion7(),
            FrameworkId = frameworkId,
            Number = number,
            CreatedAt = now,
            CreatedBy = createdBy,
        };
        version.Levels.AddRange(document.Rubric.Select(l => new RubricLevel
        {
            Id = Guid.CreateVersion7(),
            FrameworkVersionId = version.Id,
            Value = l.Level,
            Label = l.Label,
            Description = l.Description,
        }));
        foreach (var (domainDocument, position) in document.Domains.Select((d, i) => (d, i)))
        {
            var domain = NewDomain(version.Id, domainDocument, position);
            version.Domains.Add(domain);
            foreach (var (indicatorDocument, indicatorPosition) in domainDocument.Indicators.Select((d, i) => (d, i)))
            {
                var indicator = NewIndicator(version.Id, domain, indicatorDocument, indicatorPosition);
                version.Indicators.Add(indicator);
            }
        }
        return version;
    }

    public static FrameworkDomain NewDomain(Guid versionId, DomainDocument document, int position) => new()
    {
        Id = Guid.CreateVersion7(),
        FrameworkVersionId = versionId,
        Position = position,
        Code = document.Code,
        Name = document.Name,
        Description = document.Description,
    };

    public static Indicator NewIndicator(Guid versionId, FrameworkDomain domain, IndicatorDocument document, int position) => new()
    {
        Id = Guid.CreateVersion7(),
        FrameworkVersionId = versionId,
        DomainId = domain.Id,
        Domain = domain,
        Position = position,
        Code = document.Code,
        Text = document.Text,
        Description = document.Description,
        Citation = document.Citation,
    };

    /// <summary>The document of <paramref name="version"/>, whose levels, domains and indicators are loaded.</summary>
    public static FrameworkDocument ToDocument(Framework framework, FrameworkVersion version) => new()
    {
        Name = framework.Name,
        Description = framework.Description,
        Rubric = version.Levels.OrderBy(l => l.Value).Select(l => new RubricLevelDocument(l.Value, l.Label, l.Description)).ToList(),
        Domains = version.Domains.OrderBy(d => d.Position).Select(d => new DomainDocument(d.Code, d.Name, d.Description)
        {
            Indicators = version.Indicators.Where(i => i.DomainId == d.Id).OrderBy(i => i.Position)
                .Select(i => new IndicatorDocument(i.Code, i.Text, i.Description, i.Citation)).ToList(),
        }).ToList(),
    };
}
