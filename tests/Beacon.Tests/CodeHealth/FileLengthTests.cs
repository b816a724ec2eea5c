using System.Text.RegularExpressions;

namespace Beacon.Tests.CodeHealth;

/// <summary>
/// Hand-written files stay short enough to read at one sitting: a C# file over 300 lines says why
/// in a comment naming the limit (<c>// Longer than 300 lines: …</c>). Generated code (migrations,
/// designer files, build output) is not counted.
/// </summary>
public partial class FileLengthTests
{
    private const int MaxLines = 300;

    [Fact]
    public void HandWrittenFiles_Over300Lines_SayWhy()
    {
        var root = RepositoryRoot();
        var unexplained = new[] { "src", "tests", "tools", "bench" }
            .Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            .Where(IsHandWritten)
            .Select(path => (Path: Path.GetRelativePath(root, path), Lines: File.ReadAllLines(path)))
            .Where(f => f.Lines.Length > MaxLines && !f.Lines.Any(line => Explanation().IsMatch(line)))
            .Select(f => $"{f.Path} ({f.Lines.Length} lines)")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(unexplained.Count == 0,
            $"Split these files, or say in a comment why they are longer than {MaxLines} lines:\n{string.Join("\n", unexplained)}");
    }

    [Fact]
    public void Explanation_CommentNamingTheLimit_Counts()
    {
        Assert.Matches(Explanation(), "// Longer than 300 lines: every kind of record in one place.");
        Assert.DoesNotMatch(Explanation(), "var lines = 300; // lines");
    }

    private static bool IsHandWritten(string path)
    {
        var parts = path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return !parts.Any(p => p is "obj" or "bin" or "Migrations" or "node_modules")
            && !path.EndsWith(".Designer.cs", StringComparison.Ordinal)
            && !path.EndsWith(".g.cs", StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Beacon.slnx")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No Beacon.slnx above {AppContext.BaseDirectory}: run the tests from the repository.");
    }

    [GeneratedRegex(@"//.*\b(longer|more) than 300 lines\b", RegexOptions.IgnoreCase)]
    private static partial Regex Explanation();
}
