namespace Beacon.Web.Imports;

/// <summary>Settings under <c>Beacon:Imports</c>.</summary>
public sealed class ImportOptions
{
    public const string Section = "Beacon:Imports";

    /// <summary>The largest file taken in one upload (and the largest file inside a zip, unpacked).</summary>
    public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>An upload not confirmed or discarded within this long is deleted, bytes and all.</summary>
    public TimeSpan AbandonedAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often abandoned uploads are looked for.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);
}
