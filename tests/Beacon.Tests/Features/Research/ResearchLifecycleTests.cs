using Beacon.Web.Features.Research;

namespace Beacon.Tests.Features.Research;

public class ResearchLifecycleTests
{
    private static readonly ResearchFacts Ready = new(HasMethod: true, HasFindings: true, Reviewers: 1);

    [Theory]
    [InlineData(ResearchStage.Proposal, ResearchStage.InProgress, ResearchRole.Author)]
    [InlineData(ResearchStage.InProgress, ResearchStage.Review, ResearchRole.Author)]
    [InlineData(ResearchStage.Review, ResearchStage.Published, ResearchRole.Reviewer)]
    [InlineData(ResearchStage.Review, ResearchStage.InProgress, ResearchRole.Reviewer)]
    public void Refusal_AllowedMoveOfAReadyProject_IsNull(ResearchStage from, ResearchStage to, ResearchRole role) =>
        Assert.Null(ResearchLifecycle.Refusal(from, to, role, Ready));

    [Theory]
    [InlineData(ResearchStage.Review, ResearchStage.Published, ResearchRole.Author)]
    [InlineData(ResearchStage.Proposal, ResearchStage.Published, ResearchRole.Author)]
    [InlineData(ResearchStage.Proposal, ResearchStage.InProgress, ResearchRole.Reviewer)]
    [InlineData(ResearchStage.Published, ResearchStage.InProgress, ResearchRole.Reviewer)]
    [InlineData(ResearchStage.InProgress, ResearchStage.Published, ResearchRole.Reviewer)]
    public void Refusal_MoveNotOfferedToTheRole_NamesTheRole(ResearchStage from, ResearchStage to, ResearchRole role)
    {
        var refusal = ResearchLifecycle.Refusal(from, to, role, Ready);
        Assert.NotNull(refusal);
        Assert.StartsWith(role == ResearchRole.Author ? "Authors cannot" : "Reviewers cannot", refusal);
    }

    [Fact]
    public void Refusal_ReviewWithoutFindings_AsksForMethodAndFindings() =>
        Assert.Equal("Write the method and the findings before sending the project for review.",
            ResearchLifecycle.Refusal(ResearchStage.InProgress, ResearchStage.Review, ResearchRole.Author, Ready with { HasFindings = false }));

    [Fact]
    public void Refusal_ReviewWithoutReviewer_AsksForAReviewer() =>
        Assert.Equal("Add a reviewer before sending the project for review.",
            ResearchLifecycle.Refusal(ResearchStage.InProgress, ResearchStage.Review, ResearchRole.Author, Ready with { Reviewers = 0 }));

    [Fact]
    public void Moves_EveryOfferedMove_IsAllowedForAReadyProject()
    {
        foreach (var stage in Enum.GetValues<ResearchStage>())
        {
            foreach (var role in Enum.GetValues<ResearchRole>())
            {
                Assert.All(ResearchLifecycle.Moves(stage, role), to => Assert.Null(ResearchLifecycle.Refusal(stage, to, role, Ready)));
            }
        }
        Assert.Empty(ResearchLifecycle.Moves(ResearchStage.Published, ResearchRole.Author));
        Assert.Empty(ResearchLifecycle.Moves(ResearchStage.Published, ResearchRole.Reviewer));
    }
}
