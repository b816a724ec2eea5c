using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Metrics;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Staff;
using Beacon.Web.Imports;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Imports;

/// <summary>A district with a little of everything, a text snapshot of it, and calls to the import API.</summary>
public static class ImportTestData
{
    /// <summary>Schools S-100 and S-101, staff member T-1 at S-100, year 2024-25 and one metric.</summary>
    public static Task SeedAsync(BeaconFactory factory, TestDistrict district) =>
        factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var alder = new School { Id = Guid.CreateVersion7(), SourceId = "S-100", Name = "Alder Elementary", Enrollment = 400 };
            var birch = new School { Id = Guid.CreateVersion7(), SourceId = "S-101", Name = "Birch Middle" };
            var member = new StaffMember { Id = Guid.CreateVersion7(), SourceId = "T-1", GivenName = "Maria", FamilyName = "Rivera", Email = "maria@district.example" };
            member.Assignments.Add(new StaffAssignment { Id = Guid.CreateVersion7(), SchoolId = alder.Id, Fte = 1 });
            var year = new SchoolYear { Id = Guid.CreateVersion7(), Name = "2024-25", StartsOn = new DateOnly(2024, 7, 1), EndsOn = new DateOnly(2025, 6, 30) };
            db.AddRange(alder, birch, member, year);
            var enrollment = await db.Measures.SingleAsync(m => m.Code == Measure.EnrollmentCode);
            db.SchoolMetrics.Add(new SchoolMetric { Id = Guid.CreateVersion7(), SchoolId = alder.Id, SchoolYearId = year.Id, MeasureId = enrollment.Id, Value = 400 });
            await db.SaveChangesAsync();
        });

    /// <summary>Every row of the tables imports write, as text: equal snapshots mean equal counts and equal content.</summary>
    public static Task<string> SnapshotAsync(BeaconFactory factory, Guid districtId) =>
        factory.InScopeAsync(districtId, async (_, db) =>
        {
            var text = new StringBuilder();
            void Table(string name, IEnumerable<string> rows)
            {
                var list = rows.Order(StringComparer.Ordinal).ToList();
                text.Append(CultureInfo.InvariantCulture, $"{name}: {list.Count}\n");
                list.ForEach(r => text.Append(r).Append('\n'));
            }
            Table("Schools", (await db.Schools.AsNoTracking().ToListAsync()).Select(s =>
                string.Join('|', s.Id, s.SourceId, s.Name, s.StateCode, s.LocalCode, s.GradeBand, s.Address, s.Enrollment, s.PovertyPercent, s.EnglishLearnerPercent, s.DisabilityPercent)));
            Table("StaffMembers", (await db.StaffMembers.AsNoTracking().ToListAsync()).Select(s =>
                string.Join('|', s.Id, s.SourceId, s.StaffNumber, s.GivenName, s.FamilyName, s.Email, s.Role, s.YearsOfExperience, s.Certification, s.Effectiveness)));
            Table("StaffAssignments", (await db.StaffAssignments.AsNoTracking().ToListAsync()).Select(a => string.Join('|', a.Id, a.StaffMemberId, a.SchoolId, a.Fte)));
            Table("SchoolMetrics", (await db.SchoolMetrics.AsNoTracking().ToListAsync()).Select(m => string.Join('|', m.Id, m.SchoolId, m.SchoolYearId, m.MeasureId, m.Value)));
            Table("Measures", (await db.Measures.AsNoTracking().ToListAsync()).Select(m => string.Join('|', m.Id, m.Code, m.Name, m.HigherIsBetter)));
            Table("SchoolYears", (await db.SchoolYears.AsNoTracking().ToListAsync()).Select(y => string.Join('|', y.Id, y.Name, y.StartsOn, y.EndsOn)));
            return text.ToString();
        });

    public static async Task<HttpResponseMessage> PostAsync(BrowserlessClient client, string kind, byte[] body, string contentType, string query = "")
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await client.Http.PostAsync($"/api/imports/{kind}{query}", content);
    }

    public static async Task<ImportResponse> ReadAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<ImportResponse>())!;

    public static MultipartFormDataContent Upload(ImportKind kind, params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent(kind.ToString()), "Kind" } };
        foreach (var (name, content) in files)
        {
            form.Add(new ByteArrayContent(content), "Files", name);
        }
        return form;
    }
}
