using System.Text;
using Beacon.Web.Features.SelfAssessment;

namespace Beacon.Tests.Features.SelfAssessment;

public class EvidenceRulesTests
{
    [Fact]
    public void CheckFile_PdfWithPdfContent_AcceptedAsPdf()
    {
        var content = Encoding.ASCII.GetBytes("%PDF-1.7 minutes");

        Assert.Equal(("application/pdf", (string?)null), EvidenceRules.CheckFile("minutes.pdf", content.Length, content));
    }

    [Fact]
    public void CheckFile_ExecutableRenamed_RefusedBecauseContentDoesNotMatch()
    {
        var content = Encoding.ASCII.GetBytes("MZ\u0090\0 this is a program");

        var (type, refusal) = EvidenceRules.CheckFile("report.pdf", content.Length, content);

        Assert.Null(type);
        Assert.Contains("does not contain what its name says", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckFile_UnlistedType_RefusedNamingAllowedTypes()
    {
        var (_, refusal) = EvidenceRules.CheckFile("script.html", 10, "<html>"u8);

        Assert.Contains(".pdf", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckFile_OverFiveMegabytes_Refused()
    {
        var (_, refusal) = EvidenceRules.CheckFile("big.txt", EvidenceRules.MaxFileBytes + 1, "hello"u8);

        Assert.Contains("at most 5 MB", refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://district.example/plan.pdf", true)]
    [InlineData("http://intranet/plan", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("plan.pdf", false)]
    [InlineData("", false)]
    public void RefusalForLink_OnlyWebAddresses_Accepted(string url, bool accepted)
    {
        Assert.Equal(accepted, EvidenceRules.RefusalForLink(url) is null);
    }
}
