namespace Beacon.Web.Exports;

/// <summary>
/// Stops spreadsheet formula injection: a text cell such as <c>=HYPERLINK(…)</c> or
/// <c>=cmd|' /C calc'!A0</c> that came from an import would run when someone opens the export in
/// Excel. A leading apostrophe makes the spreadsheet read it as text. Only text is changed:
/// numbers stay numbers, so a negative enrolment delta is still a number.
/// </summary>
public static class FormulaGuard
{
    /// <summary>The characters (OWASP's list) with which a spreadsheet starts a formula.</summary>
    public static readonly IReadOnlySet<char> FormulaStarts = new HashSet<char> { '=', '+', '-', '@', '\t', '\r' };

    public static bool IsDangerous(string text) => text.Length > 0 && FormulaStarts.Contains(text[0]);

    public static string Neutralise(string text) => IsDangerous(text) ? "'" + text : text;
}
