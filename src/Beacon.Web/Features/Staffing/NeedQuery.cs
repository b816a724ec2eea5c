using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Staffing;

/// <summary>
/// Reads the need index's inputs for a year: the district's weights, and per school the
/// English-learner and disability shares (the year's metric, else the school record) and the
/// chosen results measure's value in that year. The poverty share comes with the staffing figures.
/// </summary>
public sealed class NeedQuery(BeaconDbContext db)
{
    public async Task<NeedIndexSettings> SettingsAsync(CancellationToken cancellationToken = default) =>
        await db.NeedIndexSettings.Include(s => s.ResultsMeasure).FirstOrDefaultAsync(cancellationToken) ?? new NeedIndexSettings();

    public async Task<QuartileSplit> SplitAsync(Guid? schoolYearId, IReadOnlyList<SchoolStaffing> schools, CancellationToken cancellationToken = default)
    {
        var settings = await SettingsAsync(cancellationToken);
        var measureId = settings.ResultsMeasureId;
        var inputs = await db.Schools
            .Select(s => new
            {
                s.Id,
                EnglishLearners = db.SchoolMetrics
                    .Where(m => m.SchoolId == s.Id && m.SchoolYearId == schoolYearId && m.Measure!.Code == NeedIndex.EnglishLearnerCode)
                    .Select(m => (double?)m.Value).FirstOrDefault() ?? s.EnglishLearnerPercent,
                Disabilities = db.SchoolMetrics
                    .Where(m => m.SchoolId == s.Id && m.SchoolYearId == schoolYearId && m.Measure!.Code == NeedIndex.DisabilityCode)
                    .Select(m => (double?)m.Value).FirstOrDefault() ?? s.DisabilityPercent,
                Result = db.SchoolMetrics
                    .Where(m => m.SchoolId == s.Id && m.SchoolYearId == schoolYearId && m.MeasureId == measureId)
                    .Select(m => (double?)m.Value).FirstOrDefault(),
            })
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        var results = settings.ResultsMeasure is { } measure ? new ResultsMeasure(measure.Name, measure.HigherIsBetter) : null;
        var scores = NeedIndex.Score(settings.Weights, results, schools.Select(s =>
        {
            var input = inputs[s.SchoolId];
            return new NeedInputs(s.SchoolId, s.Name, s.PovertyPercent, input.EnglishLearners, input.Disabilities, input.Result);
        }));
        return NeedIndex.Split(scores);
    }
}
