using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Identity;

/// <summary>Someone a picker lists: their account id, name and email.</summary>
public sealed record PickedPerson(string Id, string Name, string? Email);

/// <summary>What a people picker shows: the field it posts, the search as typed, who is chosen and whom to choose from.</summary>
public sealed record PeopleChoice(string Field, string SearchField, string Legend, string? Search, string? Chosen, IReadOnlyList<PickedPerson> People)
{
    /// <summary>True when a search was run (so "no one matches" can be said).</summary>
    public bool Searched { get; init; }

    public string Id => Field.Replace('.', '-');
}

/// <summary>
/// Finds people with an account to name as the owner of something (a plan action, a community's facilitator):
/// a search by name or email that lists at most <see cref="Limits.PeopleListed"/>, and the check that a posted id
/// is someone of the current district. The tenant filter on accounts does the district part, so another district's
/// id is simply not found — the form says so beside the field, never a server error.
/// </summary>
public sealed class PeoplePicker(BeaconDbContext db)
{
    /// <summary>The shortest search that is run: one letter would list the district alphabetically, which is no search.</summary>
    public const int ShortestSearch = 2;

    public async Task<IReadOnlyList<PickedPerson>> SearchAsync(string? text, CancellationToken cancellationToken)
    {
        var words = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w.ToUpperInvariant()).Take(3).ToList();
        if (words.Sum(w => w.Length) < ShortestSearch)
        {
            return [];
        }
        var people = db.Users.AsQueryable();
        foreach (var word in words)
        {
            people = people.Where(u => u.DisplayName.ToUpper().Contains(word) || (u.NormalizedEmail != null && u.NormalizedEmail.Contains(word)));
        }
        return await people.OrderBy(u => u.DisplayName).ThenBy(u => u.Email).Take(Limits.PeopleListed)
            .Select(u => new PickedPerson(u.Id, u.DisplayName, u.Email)).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// What the picker lists: the chosen person first (so a redisplayed form keeps them), then the search's matches.
    /// </summary>
    public async Task<IReadOnlyList<PickedPerson>> ChoicesAsync(string? chosenId, string? search, CancellationToken cancellationToken)
    {
        var chosen = await FindAsync(chosenId, cancellationToken);
        var found = await SearchAsync(search, cancellationToken);
        return chosen is null ? found : [chosen, .. found.Where(p => p.Id != chosen.Id)];
    }

    /// <summary>The person with this id in the current district, or null (no such id, or another district's).</summary>
    public async Task<PickedPerson?> FindAsync(string? id, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(id) || id.Length > Limits.Email
            ? null
            : await db.Users.Where(u => u.Id == id).Select(u => new PickedPerson(u.Id, u.DisplayName, u.Email)).FirstOrDefaultAsync(cancellationToken);
}
