namespace Beacon.Web.Features.Communities;

public enum TechniqueStatus
{
    Planned,
    Trying,
    Embedded,
    Dropped,
}

/// <summary>
/// The gradualism principle of teacher learning communities: a teacher works on a few changes at a
/// time (the district sets how many, default 3) and takes on a new one only once an earlier one is
/// embedded in their practice or deliberately dropped.
/// </summary>
public static class Gradualism
{
    public const int DefaultLimit = 3;
    public const int HighestLimit = 10;

    public static bool IsActive(TechniqueStatus status) => status is TechniqueStatus.Planned or TechniqueStatus.Trying;

    /// <summary>
    /// Why a technique may not become active when <paramref name="activeNow"/> others already are
    /// (the technique itself not counted); null when it may.
    /// </summary>
    public static string? RefusalFor(int activeNow, int limit) =>
        activeNow < Math.Max(1, limit)
            ? null
            : $"You are already working on {activeNow} techniques, the most your district allows at once ({limit}). "
              + "Gradualism: change a few things at a time and add a new one as each becomes part of your practice. "
              + "Mark one of your current techniques as embedded or dropped first.";

    /// <summary>Whether moving a technique from <paramref name="from"/> to <paramref name="to"/> needs a free place under the limit.</summary>
    public static bool NeedsPlace(TechniqueStatus? from, TechniqueStatus to) =>
        IsActive(to) && (from is null || !IsActive(from.Value));
}
