namespace Beacon.Web.Features.Frameworks;

/// <summary>One thing wrong with a framework document: where (a JSON path such as <c>$.domains[0].code</c>) and what to do about it.</summary>
public sealed record FrameworkProblem(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
