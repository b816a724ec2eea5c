namespace Beacon.Web.Exports;

/// <summary>A finished export, ready to send as a download.</summary>
public sealed record ExportFile(byte[] Content, string ContentType, string FileName);
