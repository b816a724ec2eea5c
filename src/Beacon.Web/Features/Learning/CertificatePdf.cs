using System.Globalization;
using Beacon.Web.Ui.Pdf;

namespace Beacon.Web.Features.Learning;

/// <summary>A certificate of completion: who, what, when, which credits, and where anyone can check it.</summary>
public static class CertificatePdf
{
    public static byte[] Render(string districtName, Certificate certificate, string verifyAddress)
    {
        var report = new PdfReport($"Certificate: {certificate.OfferingTitle}", $"{districtName} · verification code {certificate.Code}");
        report.Heading("Certificate of completion", 1);
        report.Paragraph($"{districtName} certifies that");
        report.Heading(certificate.PersonName, 2);
        report.Paragraph($"completed {certificate.OfferingTitle} on {certificate.CompletedOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}.");
        report.Fact("Credits", certificate.Credits);
        report.Fact("Verification code", certificate.Code);
        report.Paragraph($"Check this certificate at {verifyAddress}", muted: true);
        return report.ToBytes();
    }
}
