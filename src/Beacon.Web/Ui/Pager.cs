namespace Beacon.Web.Ui;

/// <summary>The model of the shared _Pager partial.</summary>
public sealed record Pager(IPageInfo Page, ListLinks Links)
{
    public int PageCount => Paging.PageCount(Page.Total, Page.Size);
    public IReadOnlyList<int?> Numbers => Paging.Window(Page.Number, PageCount);
}
