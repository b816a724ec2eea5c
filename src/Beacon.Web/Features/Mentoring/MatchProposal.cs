using System.Security.Cryptography;
using System.Text.Json;
using Beacon.Web.Data.Interceptors;
using Beacon.Web.Features.Mentoring.Matching;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Mentoring;

/// <summary>
/// The last proposal the matching made for a programme, as it showed it, and the version of the inputs it was made
/// from. A view reads it; only the coordinator's "Run the matching" computes a new one (at metro scale a run takes
/// seconds, which a page view should not). Confirming takes these pairs, and only while the inputs are unchanged.
/// Not audited: it is a computation, megabytes at metro scale, redone from audited decisions and pool entries.
/// </summary>
public class MatchProposal : IDistrictOwned, ICreatedAt, ICreatedBy, IUpdatedAt, IUpdatedBy, INotAudited
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid ProgrammeId { get; set; }

    /// <summary><see cref="MatchInputVersion.Of"/> of the input the proposal was computed from.</summary>
    public required string InputVersion { get; set; }

    /// <summary>The <see cref="MatchResult"/> as UTF-8 JSON: bytes, since at metro scale it is far longer than any text column.</summary>
    public required byte[] Result { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    /// <summary>When this proposal was computed: the last run.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public MatchResult Read() => JsonSerializer.Deserialize<MatchResult>(Result) ?? new MatchResult([], [], []);

    public static byte[] Write(MatchResult result) => JsonSerializer.SerializeToUtf8Bytes(result);
}

/// <summary>
/// A fingerprint of everything the matcher is given (rules, people and their facts, locks, forbidden pairs), in
/// id order: equal fingerprints give equal proposals, since the matcher is deterministic.
/// </summary>
public static class MatchInputVersion
{
    public static string Of(MatchingInput input)
    {
        var canonical = new
        {
            input.Rules,
            Mentees = input.Mentees.OrderBy(m => m.Id).Select(m => new { m.Id, m.Role, m.YearsOfExperience, m.Subject, m.School, Evaluators = m.EvaluatorIds.Order() }),
            Mentors = input.Mentors.OrderBy(m => m.Id),
            Locked = input.Locked.Distinct().OrderBy(p => p.MenteeId).ThenBy(p => p.MentorId),
            Forbidden = input.Forbidden.Distinct().OrderBy(p => p.MenteeId).ThenBy(p => p.MentorId),
        };
        return Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(canonical)));
    }
}
