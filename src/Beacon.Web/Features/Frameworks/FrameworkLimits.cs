using Beacon.Web.Data;
namespace Beacon.Web.Features.Frameworks;

/// <summary>The bounds a framework document must stay within; the published JSON schema states the same.</summary>
public static class FrameworkLimits
{
    public const int FormatVersion = 1;
    public const int MaxFileBytes = 512 * 1024;

    /// <summary>A valid document nests five levels (framework, domains, domain, indicators, indicator); this leaves room for a stray object without letting a file nest without end.</summary>
    public const int MaxDepth = 10;

    public const int MinLevels = 2;
    public const int MaxLevels = 7;
    public const int MaxDomains = 50;
    public const int MaxIndicatorsPerDomain = 100;
    public const int MaxIndicators = 300;

    public const int NameLength = Limits.Name;
    public const int DescriptionLength = Limits.Text;
    public const int LabelLength = 60;
    public const int LevelDescriptionLength = Limits.ShortText;
    public const int CodeLength = 20;
    public const int TextLength = Limits.ShortText;
    public const int CitationLength = Limits.ShortText;

    /// <summary>Codes start with a letter or digit and hold only letters, digits, dots, dashes and underscores.</summary>
    public const string CodePattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$";
}
