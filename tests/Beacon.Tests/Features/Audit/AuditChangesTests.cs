using Beacon.Web.Features.Audit;

namespace Beacon.Tests.Features.Audit;

public class AuditChangesTests
{
    [Fact]
    public void Parse_Update_FromAndToForEachField()
    {
        var fields = AuditChanges.Parse("""{"Name":{"from":"Alder","to":"Birch"},"Enrollment":{"from":null,"to":"455"}}""");

        Assert.Equal(["Name: Alder → Birch", "Enrollment: (empty) → 455"], fields.Select(f => f.Describe()));
    }

    [Fact]
    public void Parse_CreateAndDelete_OnlyTheValueThatExists()
    {
        var created = AuditChanges.Parse("""{"PovertyPercent":{"to":"41.5"}}""");
        var deleted = AuditChanges.Parse("""{"FamilyName":{"from":"Lopez"}}""");

        Assert.Equal("Poverty percent: 41.5", created.Single().Describe());
        Assert.False(created.Single().HasFrom);
        Assert.Equal("Family name: Lopez", deleted.Single().Describe());
        Assert.False(deleted.Single().HasTo);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    public void Parse_Unreadable_ShownAsItIs(string json) =>
        Assert.Equal($"Changes: {json}", AuditChanges.Parse(json).Single().Describe());

    [Fact]
    public void Parse_Empty_NoFields() => Assert.Empty(AuditChanges.Parse("{}"));

    [Theory]
    [InlineData("PovertyPercent", "Poverty percent")]
    [InlineData("StaffMember", "Staff member")]
    [InlineData("Name", "Name")]
    [InlineData("SourceId", "Source id")]
    public void Humanize_PascalCase_Words(string name, string expected) => Assert.Equal(expected, AuditChanges.Humanize(name));
}
