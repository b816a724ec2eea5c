using Beacon.Web.Imports.Reading;

namespace Beacon.Web.Imports.Kinds;

/// <summary>Checks a file's header before its rows: every needed column there, no column Beacon would silently drop.</summary>
public static class HeaderCheck
{
    /// <summary>False when a required column is missing, in which case the rows are not worth reading.</summary>
    public static bool Check(ImportTable table, ImportPlan plan, IReadOnlyList<string> required,
        IReadOnlyList<string>? known = null, string? file = null, string? hint = null)
    {
        var ok = true;
        foreach (var name in required.Where(name => !table.Column(name).Present))
        {
            plan.Problem(1, name, $"The header has no {name} column, which this import needs. Add it{hint ?? " (the template shows every column)"}.", file);
            ok = false;
        }
        if (known is not null)
        {
            foreach (var header in table.Headers.Where(h => h.Length > 0 && !known.Contains(h, StringComparer.OrdinalIgnoreCase)))
            {
                plan.Problem(1, header, $"Beacon does not know this column. Rename it to one of {string.Join(", ", known)}, or delete it.", file);
            }
        }
        return ok;
    }

    /// <summary>Adds the problem for a file with a header and nothing under it.</summary>
    public static bool HasRows(ImportTable table, ImportPlan plan, string? file = null)
    {
        if (table.Rows.Count > 0)
        {
            return true;
        }
        plan.Problem(2, "", "The file has a header but no rows under it. Add the rows to import, or check that you chose the right file.", file);
        return false;
    }
}
