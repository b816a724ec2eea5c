namespace Beacon.Web.Exports;

/// <summary>One column of an export: its header and how to read its value from a row.</summary>
public sealed record ExportColumn<T>(string Header, Func<T, object?> Value);
