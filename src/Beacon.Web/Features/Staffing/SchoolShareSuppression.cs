using Beacon.Web.Features.Surveys.Privacy;

namespace Beacon.Web.Features.Staffing;

/// <summary>The shares of a school's teachers its staffing page shows.</summary>
public enum TeacherShare
{
    Inexperienced,
    Ineffective,
    HighlyEffective,
    Uncertified,
    OutOfField,
}

/// <summary>How many teachers (people, not FTE) one school has, and how many of them each share describes.</summary>
public sealed record TeacherCounts(int Teachers, int Inexperienced, int Ineffective, int HighlyEffective, int Uncertified, int OutOfField)
{
    public static readonly TeacherCounts None = new(0, 0, 0, 0, 0, 0);

    public int Of(TeacherShare share) => share switch
    {
        TeacherShare.Inexperienced => Inexperienced,
        TeacherShare.Ineffective => Ineffective,
        TeacherShare.HighlyEffective => HighlyEffective,
        TeacherShare.Uncertified => Uncertified,
        _ => OutOfField,
    };
}

/// <summary>
/// Which of a school's staffing shares someone who may not see ratings person by person (a
/// principal) may see: the survey rule of the district's minimum group size, applied to teachers.
/// The school's teacher total is shown, so each share splits it: experience into inexperienced and
/// the rest, ratings into ineffective, highly effective and the rest, and so on. A share is hidden
/// when it describes fewer than the minimum (primary suppression), and more shares of the same split
/// are hidden while the teachers left unaccounted for (the total minus the shown shares) are more
/// than none but fewer than the minimum, so that no small group can be worked out by subtraction
/// (complementary suppression): "25 of 26 inexperienced" would name the one experienced teacher.
/// A school with fewer teachers than the minimum shows no share at all. A share of nobody is shown
/// (as the survey rule shows empty groups). District leaders and human resources see every figure.
/// </summary>
public static class SchoolShareSuppression
{
    private static readonly TeacherShare[][] Splits =
        [[TeacherShare.Inexperienced], [TeacherShare.Ineffective, TeacherShare.HighlyEffective], [TeacherShare.Uncertified], [TeacherShare.OutOfField]];

    public static IReadOnlySet<TeacherShare> Shown(TeacherCounts counts, int minimum)
    {
        minimum = MinimumRespondents.Effective(minimum);
        var shown = new HashSet<TeacherShare>();
        if (counts.Teachers < minimum)
        {
            return shown;
        }
        foreach (var split in Splits)
        {
            var visible = split.Where(s => counts.Of(s) == 0 || counts.Of(s) >= minimum).ToList();
            while (counts.Teachers - visible.Sum(counts.Of) is > 0 and var unaccounted && unaccounted < minimum)
            {
                var next = visible.Where(s => counts.Of(s) > 0).OrderBy(counts.Of).Cast<TeacherShare?>().FirstOrDefault();
                if (next is not { } share)
                {
                    break;
                }
                visible.Remove(share);
            }
            shown.UnionWith(visible);
        }
        return shown;
    }
}
