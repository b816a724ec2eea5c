using Beacon.Web.Features.Learning.External;

namespace Beacon.Tests.Features.Learning;

public class ExternalRulesTests
{
    private static readonly Guid Hours = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Other = Guid.Parse("00000000-0000-0000-0000-000000000009");

    [Fact]
    public void RefusalForCredits_NothingClaimed_AsksForOneType() =>
        Assert.Equal("Enter the credits it earned for at least one credit type.",
            ExternalRules.RefusalForCredits(new Dictionary<Guid, decimal?> { [Hours] = null }, [Hours]));

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1000.01")]
    public void RefusalForCredits_AmountOutOfRange_Refused(string amount) =>
        Assert.NotNull(ExternalRules.RefusalForCredits(new Dictionary<Guid, decimal?> { [Hours] = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture) }, [Hours]));

    [Fact]
    public void RefusalForCredits_AnotherDistrictsType_Refused() =>
        Assert.Equal("Claim only the district's credit types listed here.",
            ExternalRules.RefusalForCredits(new Dictionary<Guid, decimal?> { [Other] = 3m }, [Hours]));

    [Fact]
    public void RefusalForCredits_OneTypeInRange_Accepted() =>
        Assert.Null(ExternalRules.RefusalForCredits(new Dictionary<Guid, decimal?> { [Hours] = 1000m }, [Hours]));

    [Fact]
    public void RefusalForDate_TomorrowAndLongAgo_RefusedTodayAccepted()
    {
        var today = new DateOnly(2026, 12, 7);

        Assert.NotNull(ExternalRules.RefusalForDate(today.AddDays(1), today));
        Assert.NotNull(ExternalRules.RefusalForDate(new DateOnly(1949, 12, 31), today));
        Assert.Null(ExternalRules.RefusalForDate(today, today));
    }
}
