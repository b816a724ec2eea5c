using System.Globalization;
using Beacon.Web.Data;
using Beacon.Web.Features.Surveys;
using Beacon.Web.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Bench.Generate;

/// <summary>
/// An open copy of the generated survey (same items, every school) with one-time links for the first
/// <c>count</c> staff, each invited at the school of their largest post, as the inviting job would. The
/// codes are returned, never stored (only their hashes are, as in the product): a benchmark answers with them.
/// </summary>
public static class BenchOpenSurvey
{
    public static async Task<(Guid Survey, IReadOnlyList<string> Codes)> CreateAsync(
        IServiceProvider services, Guid districtId, Guid generated, int count, string label, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<CurrentDistrict>().Use(districtId);
        var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
        var source = await db.Surveys.AsNoTracking().Include(s => s.Items).Include(s => s.Schools).SingleAsync(s => s.Id == generated, cancellationToken);
        var survey = BenchSurvey.Copy(source, string.Create(CultureInfo.InvariantCulture, $"{label} {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss}"), SurveyStatus.Published, "bench");
        db.Surveys.Add(survey);

        var people = await db.StaffAssignments
            .Select(a => new { a.StaffMemberId, Staff = a.StaffMember!.SourceId, a.StaffMember.Role, a.SchoolId, a.Fte })
            .ToListAsync(cancellationToken);
        var codes = new List<string>(count);
        foreach (var person in people
                     .GroupBy(a => a.Staff, StringComparer.Ordinal)
                     .OrderBy(g => g.Key, StringComparer.Ordinal)
                     .Take(count)
                     .Select(g => g.OrderByDescending(a => a.Fte).First()))
        {
            var code = SurveyCodes.New(districtId);
            codes.Add(code);
            db.SurveyInvitations.Add(new SurveyInvitation
            {
                Id = Guid.NewGuid(),
                SurveyId = survey.Id,
                StaffMemberId = person.StaffMemberId,
                SchoolId = person.SchoolId,
                RoleGroup = RoleGroups.For(person.Role),
                TokenHash = SurveyCodes.Hash(code),
                MailedAt = DateTimeOffset.UtcNow,
            });
        }
        if (codes.Count < count)
        {
            throw new InvalidOperationException($"The district has {codes.Count:N0} staff; {count:N0} takers need as many.");
        }
        await db.SaveChangesAsync(cancellationToken);
        return (survey.Id, codes);
    }
}
