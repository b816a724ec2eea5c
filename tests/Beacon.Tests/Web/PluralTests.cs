using Beacon.Web.Ui;

namespace Beacon.Tests.Web;

public class PluralTests
{
    [Theory]
    [InlineData(0, "gap", null, "0 gaps")]
    [InlineData(1, "gap", null, "1 gap")]
    [InlineData(2, "gap", null, "2 gaps")]
    [InlineData(1500, "school", null, "1,500 schools")]
    [InlineData(2, "vacancy", null, "2 vacancies")]
    [InlineData(2, "day", null, "2 days")]
    [InlineData(3, "match", null, "3 matches")]
    [InlineData(1, "person", "people", "1 person")]
    [InlineData(4, "person", "people", "4 people")]
    [InlineData(2, "open flag", null, "2 open flags")]
    [InlineData(1, "active address", null, "1 active address")]
    [InlineData(2, "active address", null, "2 active addresses")]
    [InlineData(1, "eligible mentee", null, "1 eligible mentee")]
    public void Of_Count_NounAgreesWithTheNumber(int count, string one, string? many, string expected) =>
        Assert.Equal(expected, Plural.Of(count, one, many));
}
