namespace Beacon.Web.Imports;

/// <summary>Settings under <c>Beacon:Imports</c>.</summary>
public sealed class ImportOptions
{
    public const string Section = "Beacon:Imports";

    /// <summary>The largest file taken in one upload (and the largest file inside a zip, unpacked).</summary>
    public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;
}
