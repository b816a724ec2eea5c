namespace Beacon.Web.Features.Communities;

public sealed record Technique(string Key, string Name, string Description);

/// <summary>
/// Formative-assessment techniques every district starts with, described in Beacon's own words:
/// short classroom routines that show a teacher, minute by minute, what students have understood.
/// </summary>
public static class TechniqueLibrary
{
    public static readonly IReadOnlyList<Technique> BuiltIn =
    [
        new("random-responders", "Random responders",
            "Ask a question, give everyone thinking time, then pick who answers at random (names on sticks or cards), so every student expects to be asked."),
        new("all-student-boards", "Everyone shows an answer",
            "Each student writes an answer on a mini whiteboard or card and holds it up at the same moment, so the whole class's thinking is visible at a glance."),
        new("exit-questions", "Exit questions",
            "One or two short questions at the end of a lesson, answered on a slip; sorting the slips tells you where to begin tomorrow."),
        new("traffic-lights", "Traffic-light check",
            "Students show green, amber or red for how well they can do the task now; ambers help reds while you work with the group that needs it most."),
        new("hinge-question", "Hinge question",
            "At the turning point of a lesson, one multiple-choice question whose wrong answers each reveal a known misconception; the replies decide whether to move on."),
        new("success-criteria", "Shared success criteria",
            "Say, with examples, what a good piece of work looks like before students start, and let them use it to check their own work."),
        new("comment-only-feedback", "Comments before grades",
            "Give written feedback that says what to do next, without a score, and set aside lesson time for students to act on it."),
        new("peer-review-pairs", "Peer review pairs",
            "Students review a partner's draft against the success criteria and suggest one thing to keep and one to improve."),
        new("wait-time", "Longer thinking time",
            "Wait several seconds after a question before anyone answers, and again after an answer, so more students think and answers get fuller."),
        new("question-shells", "Questions that open thinking",
            "Use question starters such as \"Why might…\" or \"What would change if…\" that invite reasoning rather than recall of a single fact."),
        new("preflight-check", "Check before you start",
            "A two-minute task at the start of a lesson that tests the prior knowledge the lesson depends on, so gaps surface before new learning."),
        new("learning-logs", "Learning logs",
            "Students note at the end of a week what they learned, what still puzzles them and what they will ask about, and the teacher reads a sample."),
    ];

    public static Technique? Find(string key) => BuiltIn.FirstOrDefault(t => t.Key == key);
}
