namespace Beacon.Tests.Features.Support;

/// <summary>
/// The flags the default rules (threshold 50, decline over 2 years, bottom 10%) raise on the demo
/// district (seed 2026), weighting reading, mathematics and attendance equally: "school | rule | year | reason".
/// </summary>
public static class DemoFlagsFixture
{
    public static readonly string[] Expected =
    [
        "Cedar Park Elementary School | BottomShare | 2025-26 | Score 52.5 ranks 4 of 40 from the bottom: in the district's lowest 10.0%.",
        "Elm Street Middle School | BelowThreshold | 2025-26 | Score 49.4 is below the district's threshold of 50.0.",
        "Elm Street Middle School | BottomShare | 2025-26 | Score 49.4 ranks 2 of 40 from the bottom: in the district's lowest 10.0%.",
        "Elm Street Middle School | Decline | 2025-26 | Score fell in each of the last 2 years, from 52.6 to 49.4.",
        "Glenwood Elementary School | Decline | 2025-26 | Score fell in each of the last 2 years, from 82.7 to 78.8.",
        "Highland Middle School | Decline | 2025-26 | Score fell in each of the last 2 years, from 71.0 to 67.9.",
        "Juniper Elementary School | BottomShare | 2025-26 | Score 51.1 ranks 3 of 40 from the bottom: in the district's lowest 10.0%.",
        "Lincoln High School | Decline | 2025-26 | Score fell in each of the last 2 years, from 70.3 to 67.2.",
        "Maple Grove Elementary School | Decline | 2025-26 | Score fell in each of the last 2 years, from 77.9 to 73.7.",
        "Pinecrest Elementary School | Decline | 2025-26 | Score fell in each of the last 2 years, from 73.1 to 69.8.",
        "Quarry Road Elementary School | BelowThreshold | 2025-26 | Score 48.7 is below the district's threshold of 50.0.",
        "Quarry Road Elementary School | BottomShare | 2025-26 | Score 48.7 ranks 1 of 40 from the bottom: in the district's lowest 10.0%.",
        "Quarry Road Elementary School | Decline | 2025-26 | Score fell in each of the last 2 years, from 53.0 to 48.7.",
        "Washington K-8 Academy | Decline | 2025-26 | Score fell in each of the last 2 years, from 85.5 to 81.8.",
    ];
}
