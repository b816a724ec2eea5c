using System.Globalization;
using Beacon.Web.Imports.Reading;

namespace Beacon.Web.Imports.Kinds;

/// <summary>
/// Reads the cells of one row, adding a problem (line, column, what to do) to the plan for every
/// cell that is not acceptable. <see cref="Failed"/> tells the caller not to use the row.
/// </summary>
public sealed class RowCheck(ImportPlan plan, ImportRow row, string? file = null)
{
    public bool Failed { get; private set; }

    public int Line => row.Line;

    public void Fail(ImportColumn column, string reason)
    {
        Failed = true;
        plan.Problem(row.Line, column.Name, reason, file);
    }

    /// <summary>The trimmed text of the cell, "" when empty (a problem when <paramref name="required"/>).</summary>
    public string Text(ImportColumn column, int maxLength, bool required = false)
    {
        var value = row[column];
        if (value.Length == 0)
        {
            if (required)
            {
                Fail(column, $"This cell is empty. Every row needs a {column.Name}: fill it in.");
            }
            return "";
        }
        if (Cells.LooksLikeFormula(value))
        {
            Fail(column, $"{Cells.Quote(value)} starts like a spreadsheet formula, which Beacon refuses so that it can never run when the data is opened in a spreadsheet. Remove the leading '{value[0]}'.");
            return "";
        }
        if (value.Length > maxLength)
        {
            Fail(column, $"This value is {value.Length} characters long; the most is {maxLength}. Shorten it.");
            return "";
        }
        return value;
    }

    public string? OptionalText(ImportColumn column, int maxLength) => Text(column, maxLength) is { Length: > 0 } text ? text : null;

    public string? Email(ImportColumn column)
    {
        var value = OptionalText(column, 254);
        if (value is not null && !Cells.IsEmail(value))
        {
            Fail(column, $"{Cells.Quote(value)} is not an email address; correct it or leave the cell empty.");
            return null;
        }
        return value;
    }

    public int? Integer(ImportColumn column, int min, int max)
    {
        var value = row[column];
        if (value.Length == 0)
        {
            return null;
        }
        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            Fail(column, value.Contains(',')
                ? $"{Cells.Quote(value)} has a thousands separator. Write the whole number without it, e.g. {value.Replace(",", "")}, or leave the cell empty."
                : $"{Cells.Quote(value)} is not a whole number. Enter a number such as {min + 12}, or leave the cell empty.");
            return null;
        }
        if (number < min || number > max)
        {
            Fail(column, $"{number} is outside the range {min} to {max}. Correct it, or leave the cell empty.");
            return null;
        }
        return number;
    }

    /// <summary>A decimal number written with a point; a trailing % is allowed for percentages.</summary>
    public double? Number(ImportColumn column, double min, double max, bool percent = false)
    {
        var value = row[column];
        if (percent && value.EndsWith('%'))
        {
            value = value[..^1].TrimEnd();
        }
        if (value.Length == 0)
        {
            return null;
        }
        if (!double.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            || !double.IsFinite(number))
        {
            Fail(column, value.Contains(',')
                ? $"{Cells.Quote(value)} uses a comma. Write decimals with a point and no thousands separator, e.g. {value.Replace(",", ".")}."
                : $"{Cells.Quote(value)} is not a number. Enter a number such as 12.5, or leave the cell empty.");
            return null;
        }
        if (number < min || number > max)
        {
            Fail(column, string.Create(CultureInfo.InvariantCulture,
                $"{number} is outside the range {min} to {max}{(percent ? " (a percentage)" : "")}. Correct it, or leave the cell empty."));
            return null;
        }
        return number;
    }

    /// <summary>One of a fixed set of words, matched ignoring case, spaces, hyphens and underscores.</summary>
    public T? Choice<T>(ImportColumn column, IReadOnlyDictionary<string, T> choices, string allowed) where T : struct
    {
        var value = row[column];
        if (value.Length == 0)
        {
            return null;
        }
        if (choices.TryGetValue(Key(value), out var choice))
        {
            return choice;
        }
        Fail(column, $"{Cells.Quote(value)} is not one of the values Beacon knows. Use one of: {allowed}.");
        return null;
    }

    /// <summary>The form <see cref="Choice{T}"/> matches words in: lower case without spaces, hyphens or underscores.</summary>
    public static string Key(string value) =>
        new(value.Where(c => c is not (' ' or '-' or '_')).Select(char.ToLowerInvariant).ToArray());
}
