namespace Beacon.Web.Imports;

/// <summary>
/// One thing wrong with an import file, said so that a person can find and fix it: the line of the
/// file (1 is the header), the column, and a reason that ends with what to do. Line 0 means the
/// file as a whole (it could not be opened, or is too large to read). <see cref="File"/> names the
/// file inside a OneRoster zip.
/// </summary>
public sealed record ImportProblem(int Line, string Column, string Reason)
{
    public const int WholeFile = 0;

    public string? File { get; init; }

    /// <summary>Where the problem is, e.g. "users.csv line 14, column email" or "Whole file".</summary>
    public string Where
    {
        get
        {
            var place = Line == WholeFile ? "Whole file" : $"Line {Line}";
            if (File is not null)
            {
                place = Line == WholeFile ? File : $"{File} line {Line}";
            }
            return string.IsNullOrEmpty(Column) ? place : $"{place}, column {Column}";
        }
    }

    public override string ToString() => $"{Where}: {Reason}";
}
