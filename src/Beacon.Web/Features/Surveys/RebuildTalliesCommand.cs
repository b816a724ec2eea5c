using System.Globalization;
using Beacon.Web.Data;

namespace Beacon.Web.Features.Surveys;

/// <summary><c>-- rebuild-survey-tallies</c>: recomputes every survey's tallies from the stored answers (they are kept with each submission; this is for repair).</summary>
public sealed class RebuildTalliesCommand(SurveyTallies tallies) : IMaintenanceCommand
{
    public string Name => "rebuild-survey-tallies";

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var surveys = await tallies.RebuildAllAsync(cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"Rebuilt the tallies of {surveys} surveys from their answers.");
    }
}
