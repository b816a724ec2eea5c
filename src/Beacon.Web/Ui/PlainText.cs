namespace Beacon.Web.Ui;

/// <summary>
/// What text Beacon stores: no control characters (line breaks and tabs aside) and no bidirectional
/// overrides or isolates, which can make a name read differently from what it is ("‮nimda" shows as
/// "admin") or ring a terminal's bell in an export. One rule for every form field and imported cell.
/// </summary>
public static class PlainText
{
    public const string Refusal = "Remove the invisible control or text-direction characters (they may have come with copied text) and try again.";

    /// <summary>The index of the first character Beacon does not store, or null when the text is fine.</summary>
    public static int? ForbiddenAt(string? text)
    {
        if (text is null)
        {
            return null;
        }
        for (var i = 0; i < text.Length; i++)
        {
            if (IsForbidden(text[i]))
            {
                return i;
            }
        }
        return null;
    }

    public static bool IsForbidden(char c) => c switch
    {
        '\t' or '\n' or '\r' => false,
        < '\u0020' => true,
        >= '\u007F' and <= '\u009F' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => false,
    };
}
