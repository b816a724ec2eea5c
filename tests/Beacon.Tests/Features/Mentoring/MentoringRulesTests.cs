using Beacon.Web.Features.Mentoring.Matching;

namespace Beacon.Tests.Features.Mentoring;

public class MentoringRulesTests
{
    private static readonly SchoolFacts Strong = new(Guid.NewGuid(), "Strong", "Middle", 45.0, -75.0, 82, 0);
    private static readonly SchoolFacts Struggling = new(Guid.NewGuid(), "Struggling", "Middle", 45.1, -75.0, 41, 3);
    private static readonly SchoolFacts Far = new(Guid.NewGuid(), "Far", "Middle", 46.0, -75.0, 90, 0);

    private static MenteeFacts Mentee(SchoolFacts school, params Guid[] evaluators) =>
        new(Guid.NewGuid(), "Mentee", MentoringRole.Teacher, 1, "Mathematics", school, evaluators.ToHashSet());

    private static MentorFacts Mentor(SchoolFacts school, string subject = "Mathematics") =>
        new(Guid.NewGuid(), "Mentor", MentoringRole.Teacher, 12, subject, 4, true, 2, school);

    [Fact]
    public void PairViolations_MentorIsTheMenteesEvaluator_Refused()
    {
        var mentor = Mentor(Strong);
        Assert.Contains("the mentee's own evaluator", MentoringRules.PairViolations(new ProgrammeRules(), Mentee(Strong, mentor.Id), mentor));
    }

    [Fact]
    public void PairViolations_SubjectRequiredAndDifferent_Refused() =>
        Assert.Contains("different subject", MentoringRules.PairViolations(new ProgrammeRules { SameSubjectRequired = true }, Mentee(Strong), Mentor(Strong, "English")));

    [Fact]
    public void PairViolations_BeyondTravelLimit_RefusedWithTheDistance()
    {
        var reasons = MentoringRules.PairViolations(new ProgrammeRules { MaxTravelKm = 30 }, Mentee(Struggling), Mentor(Far));
        Assert.Contains(reasons, r => r.Contains("km apart, more than 30 km", StringComparison.Ordinal));
        Assert.Empty(MentoringRules.PairViolations(new ProgrammeRules { MaxTravelKm = 30 }, Mentee(Struggling), Mentor(Strong)));
    }

    [Fact]
    public void PairViolations_TurnaroundMentorFromWeakerSchool_Refused()
    {
        var rules = new ProgrammeRules { Kind = ProgrammeKind.TurnaroundCoaching };
        Assert.Contains("mentor's school does not perform better", MentoringRules.PairViolations(rules, Mentee(Strong), Mentor(Struggling)));
        Assert.Empty(MentoringRules.PairViolations(rules, Mentee(Struggling), Mentor(Strong)));
    }

    [Fact]
    public void MenteeIneligibility_ThirdYearTeacherInFirstYearInduction_Ineligible() =>
        Assert.NotEmpty(MentoringRules.MenteeIneligibility(new ProgrammeRules { MenteeMaxYears = 1 }, Mentee(Strong) with { YearsOfExperience = 3 }));

    [Fact]
    public void MentorDisqualification_UntrainedWhereTrainingRequired_Disqualified() =>
        Assert.Contains("mentor training not completed",
            MentoringRules.MentorDisqualification(new ProgrammeRules { MentorTrainingRequired = true }, Mentor(Strong) with { TrainingCompleted = false }));

    [Fact]
    public void Score_TurnaroundSameSubject_ExplainsEachPart()
    {
        var fit = FitScore.Score(new ProgrammeRules { Kind = ProgrammeKind.TurnaroundCoaching, MentorMinRating = 3 }, Mentee(Struggling), Mentor(Strong));
        Assert.Equal(fit.Parts.Sum(p => p.Points), fit.Points);
        Assert.Contains("same subject (Mathematics) +30", fit.Explanation, StringComparison.Ordinal);
        Assert.Contains("rated highly effective +10", fit.Explanation, StringComparison.Ordinal);
        Assert.Contains("mentor's school scores 41 points higher +15", fit.Explanation, StringComparison.Ordinal);
    }
}
