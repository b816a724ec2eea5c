using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Support;

/// <summary>The district's schools by name, for the support pages' school pickers.</summary>
public sealed class SchoolChoiceQuery(BeaconDbContext db)
{
    public Task<List<SchoolChoice>> ListAsync(CancellationToken cancellationToken) =>
        db.Schools.AsNoTracking().OrderBy(s => s.Name).Select(s => new SchoolChoice(s.Id, s.Name)).ToListAsync(cancellationToken);
}
