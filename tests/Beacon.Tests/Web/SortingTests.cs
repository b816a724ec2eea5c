using Beacon.Web.Ui;

namespace Beacon.Tests.Web;

public class SortingTests
{
    private sealed record Person(int Id, string Family, string Given, int Age);

    private static readonly Sorting<Person> People = new Sorting<Person>(new SortOrder("name", false))
        .Add("name", p => p.Family).ThenBy(p => p.Given)
        .Add("age", p => p.Age)
        .TieBreak(p => p.Id);

    private static readonly Person[] Sample =
    [
        new(1, "Lopez", "Maria", 40),
        new(2, "Chen", "Wei", 30),
        new(3, "Lopez", "Ana", 30),
        new(4, "Adams", "Zoe", 30),
    ];

    [Theory]
    [InlineData(null, "name", false)]
    [InlineData("", "name", false)]
    [InlineData("age", "age", false)]
    [InlineData("-AGE", "age", true)]
    [InlineData("PasswordHash", "name", false)]
    [InlineData("-", "name", false)]
    public void Parse_QueryValue_KnownColumnOrDefault(string? value, string key, bool descending) =>
        Assert.Equal(new SortOrder(key, descending), People.Parse(value));

    [Fact]
    public void Apply_NameAscending_FamilyThenGiven() =>
        Assert.Equal([4, 2, 3, 1], People.Apply(Sample.AsQueryable(), new SortOrder("name", false)).Select(p => p.Id));

    [Fact]
    public void Apply_AgeDescending_TiesBrokenById() =>
        Assert.Equal([1, 4, 3, 2], People.Apply(Sample.AsQueryable(), new SortOrder("age", true)).Select(p => p.Id));

    [Fact]
    public void Toggle_CurrentColumn_FlipsDirectionOtherColumnStartsAscending()
    {
        var current = new SortOrder("name", false);

        Assert.Equal(new SortOrder("name", true), current.Toggle("name"));
        Assert.Equal(new SortOrder("age", false), current.Toggle("age"));
    }

    [Fact]
    public void AriaSort_OnlyTheSortedColumnCarriesIt()
    {
        var current = new SortOrder("age", true);

        Assert.Equal("descending", current.AriaSort("age"));
        Assert.Null(current.AriaSort("name"));
    }

    [Fact]
    public void ToString_Descending_PrefixedWithMinus() =>
        Assert.Equal("-age", new SortOrder("age", true).ToString());
}
