using Beacon.Web.Data;

namespace Beacon.Web.Features.Frameworks;

/// <summary>
/// Edits a version that no cycle uses so it matches a document, record by record: levels match by
/// value, domains and indicators by code. Only what changed is written, so the audit log shows the
/// edit rather than the whole framework deleted and added again.
/// </summary>
internal static class FrameworkVersionSync
{
    public static void Apply(BeaconDbContext db, FrameworkVersion version, FrameworkDocument document)
    {
        SyncLevels(db, version, document);
        var domains = SyncDomains(db, version, document);
        SyncIndicators(db, version, document, domains);
        // Indicators are moved to their new domains before any domain goes, so a removed domain's
        // cascade cannot take an indicator that now lives elsewhere.
        db.ChangeTracker.DetectChanges();
        var keptDomains = document.Domains.Select(d => d.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var gone in version.Domains.Where(d => !keptDomains.Contains(d.Code)).ToList())
        {
            version.Domains.Remove(gone);
            db.Remove(gone);
        }
    }

    private static void SyncLevels(BeaconDbContext db, FrameworkVersion version, FrameworkDocument document)
    {
        foreach (var level in document.Rubric)
        {
            var existing = version.Levels.FirstOrDefault(l => l.Value == level.Level);
            if (existing is null)
            {
                version.Levels.Add(new RubricLevel
                {
                    Id = Guid.CreateVersion7(),
                    FrameworkVersionId = version.Id,
                    Value = level.Level,
                    Label = level.Label,
                    Description = level.Description,
                });
                continue;
            }
            existing.Label = level.Label;
            existing.Description = level.Description;
        }
        foreach (var gone in version.Levels.Where(l => l.Value > document.Rubric.Count).ToList())
        {
            version.Levels.Remove(gone);
            db.Remove(gone);
        }
    }

    private static Dictionary<string, FrameworkDomain> SyncDomains(BeaconDbContext db, FrameworkVersion version, FrameworkDocument document)
    {
        var byCode = version.Domains.ToDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);
        var result = new Dictionary<string, FrameworkDomain>(StringComparer.OrdinalIgnoreCase);
        foreach (var (domain, position) in document.Domains.Select((d, i) => (d, i)))
        {
            if (byCode.TryGetValue(domain.Code, out var existing))
            {
                existing.Code = domain.Code;
                existing.Name = domain.Name;
                existing.Description = domain.Description;
                existing.Position = position;
            }
            else
            {
                existing = FrameworkEntities.NewDomain(version.Id, domain, position);
                version.Domains.Add(existing);
                db.Add(existing);
            }
            result[domain.Code] = existing;
        }
        return result;
    }

    private static void SyncIndicators(
        BeaconDbContext db, FrameworkVersion version, FrameworkDocument document, Dictionary<string, FrameworkDomain> domains)
    {
        var byCode = version.Indicators.ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);
        var kept = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var domainDocument in document.Domains)
        {
            var domain = domains[domainDocument.Code];
            foreach (var (indicator, position) in domainDocument.Indicators.Select((x, i) => (x, i)))
            {
                kept.Add(indicator.Code);
                if (byCode.TryGetValue(indicator.Code, out var existing))
                {
                    existing.Code = indicator.Code;
                    existing.Text = indicator.Text;
                    existing.Description = indicator.Description;
                    existing.Citation = indicator.Citation;
                    existing.Position = position;
                    existing.Domain = domain;
                    existing.DomainId = domain.Id;
                }
                else
                {
                    var added = FrameworkEntities.NewIndicator(version.Id, domain, indicator, position);
                    version.Indicators.Add(added);
                    db.Add(added);
                }
            }
        }
        foreach (var gone in version.Indicators.Where(i => !kept.Contains(i.Code)).ToList())
        {
            version.Indicators.Remove(gone);
            db.Remove(gone);
        }
    }
}
