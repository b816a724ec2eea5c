using Beacon.Web.Ui;

namespace Beacon.Tests.Web;

public class ListLinksTests
{
    private static readonly SortOrder ByName = new("name", false);

    private static ListLinks Links(SortOrder sort, string? q = "oak") =>
        new("/Schools", [new("q", q), new("school", null)], sort, ByName);

    [Fact]
    public void ForPage_KeepsFiltersAndSortDropsEmptyFilters() =>
        Assert.Equal("/Schools?q=oak&sort=-poverty&page=3", Links(new SortOrder("poverty", true)).ForPage(3));

    [Fact]
    public void ForPage_FirstPageDefaultSort_NoNoise() =>
        Assert.Equal("/Schools", Links(ByName, q: null).ForPage(1));

    [Fact]
    public void ForSort_SameColumn_FlipsAndReturnsToFirstPage() =>
        Assert.Equal("/Schools?q=oak&sort=-name", Links(ByName).ForSort("name"));

    [Fact]
    public void ForExport_CarriesFilterAndSort() =>
        Assert.Equal("/Schools?q=oak&sort=-poverty&handler=Export&format=csv", Links(new SortOrder("poverty", true)).ForExport("csv"));

    [Fact]
    public void ForPage_SearchWithSpecialCharacters_Encoded() =>
        Assert.Equal("/Schools?q=a%26b%3D1&page=2", Links(ByName, q: "a&b=1").ForPage(2));
}
