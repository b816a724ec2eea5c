using Beacon.Web.Ui;

namespace Beacon.Tests.Web;

public class PagingTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(50, 1)]
    [InlineData(51, 2)]
    [InlineData(412, 9)]
    public void PageCount_Total_RoundsUpWithAtLeastOnePage(int total, int expected) =>
        Assert.Equal(expected, Paging.PageCount(total, 50));

    [Theory]
    [InlineData(null, 1)]
    [InlineData(-3, 1)]
    [InlineData(0, 1)]
    [InlineData(4, 4)]
    [InlineData(99, 9)]
    public void Clamp_RequestedPage_StaysWithinTheList(int? requested, int expected) =>
        Assert.Equal(expected, Paging.Clamp(requested, 412, 50));

    [Fact]
    public void Summary_SecondPage_SaysWhichRowsOfHowMany()
    {
        var page = new PageOf<int>([], 2, 50, 412);

        Assert.Equal("Showing 51–100 of 412", page.Summary);
        Assert.True(page.HasPrevious);
        Assert.True(page.HasNext);
    }

    [Fact]
    public void Summary_LastShortPage_EndsAtTotal()
    {
        var page = new PageOf<int>([], 9, 50, 412);

        Assert.Equal("Showing 401–412 of 412", page.Summary);
        Assert.False(page.HasNext);
    }

    [Fact]
    public void Summary_Empty_ShowsZero() =>
        Assert.Equal("Showing 0–0 of 0", new PageOf<int>([], 1, 50, 0).Summary);

    [Fact]
    public void Window_MiddleOfManyPages_FirstLastAndNeighboursWithGaps() =>
        Assert.Equal([1, null, 8, 9, 10, 11, 12, null, 36], Paging.Window(10, 36));

    [Fact]
    public void Window_GapOfOnePage_ShowsThePageInstead() =>
        Assert.Equal([1, 2, 3, 4, 5, 6, null, 36], Paging.Window(4, 36));

    [Fact]
    public void Window_FewPages_AllOfThem() =>
        Assert.Equal([1, 2, 3], Paging.Window(2, 3));

    [Fact]
    public void Window_OnePage_JustIt() =>
        Assert.Equal([1], Paging.Window(1, 1));
}
