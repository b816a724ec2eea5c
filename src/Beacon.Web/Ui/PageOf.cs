using System.Globalization;

namespace Beacon.Web.Ui;

/// <summary>What a pager needs to know about a page of a list, whatever its rows.</summary>
public interface IPageInfo
{
    int Number { get; }
    int Size { get; }
    int Total { get; }
}

/// <summary>One page of a list's rows, with the total the database counted.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Number, int Size, int Total) : IPageInfo
{
    public int PageCount => Paging.PageCount(Total, Size);
    public int FirstItem => Total == 0 ? 0 : Paging.Skip(Number, Size) + 1;
    public int LastItem => Math.Min(Number * Size, Total);
    public bool HasPrevious => Number > 1;
    public bool HasNext => Number < PageCount;

    /// <summary>"Showing 51–100 of 412".</summary>
    public string Summary => string.Create(CultureInfo.InvariantCulture, $"Showing {FirstItem:N0}–{LastItem:N0} of {Total:N0}");
}
