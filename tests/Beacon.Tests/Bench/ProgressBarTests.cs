extern alias bench;

using bench::Beacon.Bench.Generate;

namespace Beacon.Tests.Bench;

public class ProgressBarTests
{
    [Fact]
    public void Report_OutputNotATerminal_OneLinePerTenth()
    {
        var output = new StringWriter();
        var bar = new ProgressBar("staff", 80_000, output, inPlace: false);

        for (var done = 0; done <= 80_000; done += 2_000)
        {
            bar.Report(done);
        }
        bar.Finish(80_000);

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(11, lines.Length);
        Assert.StartsWith("staff     [--------------------]          0 / 80,000", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("staff     [##########----------]     40,000 / 80,000", lines[5], StringComparison.Ordinal);
        Assert.StartsWith("staff     [####################]     80,000 / 80,000", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain('\r', output.ToString());
    }

    [Fact]
    public void Report_Terminal_RedrawsOneLineInPlace()
    {
        var output = new StringWriter();
        var bar = new ProgressBar("survey", 10, output, inPlace: true);

        bar.Report(3);
        bar.Finish(10);

        var text = output.ToString();
        Assert.Equal(3, text.Count(c => c == '\r'));
        Assert.Single(text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("[######--------------]          3 / 10", text, StringComparison.Ordinal);
    }
}
