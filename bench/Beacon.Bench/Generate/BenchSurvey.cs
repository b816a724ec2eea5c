using Beacon.Web.Data;
using Beacon.Web.Features.Frameworks;
using Beacon.Web.Features.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Bench.Generate;

/// <summary>
/// The generated district's staff survey. No shipped pack has 40 indicators, so the district adopts
/// a framework gathered from the packs' own domains and indicators (real statements, as a
/// district would combine them), and the survey takes one item per indicator, the way the new
/// survey page builds it.
/// </summary>
public static class BenchSurvey
{
    public const string FrameworkName = "Bench staff survey framework";
    public const string SurveyName = "Staff survey 2026";

    public static FrameworkDocument Document(int indicators)
    {
        var document = new FrameworkDocument
        {
            Name = FrameworkName,
            Description = "Domains and indicators of Beacon's shipped content packs, gathered into one framework for the scale benchmarks.",
            Rubric = DefaultRubric.Levels(),
        };
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var count = 0;
        foreach (var (domain, n) in ContentPacks.All.OrderByDescending(p => p.Document.Indicators.Count()).ThenBy(p => p.Key)
                     .SelectMany(p => p.Document.Domains).Select((d, n) => (d, n)))
        {
            if (count == indicators)
            {
                break;
            }
            var taken = domain.Indicators.Take(indicators - count)
                .Select(i => codes.Add(i.Code) ? i : i with { Code = Unique(codes, i.Code) })
                .ToList();
            count += taken.Count;
            document.Domains.Add(domain with { Code = $"B{n + 1}", Indicators = taken });
        }
        if (count < indicators)
        {
            throw new InvalidOperationException($"The content packs hold {count} indicators; a survey of {indicators} items needs more.");
        }
        return document;
    }

    /// <summary>Adds the adopted framework and a closed survey of its indicators for every school; the caller saves.</summary>
    public static Survey Add(BeaconDbContext db, int items, IEnumerable<Guid> schoolIds, string createdBy, DateTimeOffset now)
    {
        var framework = FrameworkEntities.NewFramework(Document(items), packKey: null, adopted: true, createdBy, now);
        db.Frameworks.Add(framework);
        var version = framework.Versions.Single();
        var survey = new Survey
        {
            Id = Guid.CreateVersion7(),
            Name = SurveyName,
            FrameworkId = framework.Id,
            FrameworkVersionId = version.Id,
            OpensOn = new DateOnly(2026, 3, 2),
            ClosesOn = new DateOnly(2026, 3, 20),
            Status = SurveyStatus.Closed,
            CreatedAt = now,
            CreatedBy = createdBy,
        };
        var domains = version.Domains.ToDictionary(d => d.Id);
        survey.Items = version.Indicators
            .OrderBy(i => domains[i.DomainId].Position).ThenBy(i => i.Position)
            .Select((i, n) => new SurveyItem
            {
                Id = Guid.CreateVersion7(),
                SurveyId = survey.Id,
                Position = n + 1,
                IndicatorCode = i.Code,
                StandardCode = domains[i.DomainId].Code,
                StandardName = domains[i.DomainId].Name,
                Text = i.Text,
            }).ToList();
        survey.Schools = schoolIds.Select(id => new SurveySchool { Id = Guid.CreateVersion7(), SurveyId = survey.Id, SchoolId = id }).ToList();
        db.Surveys.Add(survey);
        return survey;
    }

    /// <summary>A copy of <paramref name="source"/> (its items and schools loaded) under a new name and status, open from today for two weeks.</summary>
    public static Survey Copy(Survey source, string name, SurveyStatus status, string createdBy)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var copy = new Survey
        {
            Id = Guid.CreateVersion7(),
            Name = name,
            FrameworkId = source.FrameworkId,
            FrameworkVersionId = source.FrameworkVersionId,
            OpensOn = today,
            ClosesOn = today.AddDays(14),
            Status = status,
            CreatedAt = DateTimeOffset.UtcNow,
            CreatedBy = createdBy,
        };
        copy.Items = source.Items.Select(i => new SurveyItem
        {
            Id = Guid.CreateVersion7(),
            SurveyId = copy.Id,
            Position = i.Position,
            IndicatorCode = i.IndicatorCode,
            StandardCode = i.StandardCode,
            StandardName = i.StandardName,
            Text = i.Text,
        }).ToList();
        copy.Schools = source.Schools.Select(s => new SurveySchool { Id = Guid.CreateVersion7(), SurveyId = copy.Id, SchoolId = s.SchoolId }).ToList();
        return copy;
    }

    private static string Unique(HashSet<string> codes, string code)
    {
        for (var n = 2; ; n++)
        {
            var candidate = $"{code[..Math.Min(code.Length, 16)]}-{n}";
            if (codes.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
