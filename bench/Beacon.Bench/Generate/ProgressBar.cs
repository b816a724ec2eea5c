using System.Diagnostics;
using System.Globalization;

namespace Beacon.Bench.Generate;

/// <summary>
/// One phase's progress on stdout: <c>staff     [########------------]  40,000 / 80,000  12.3 s</c>,
/// redrawn in place on a terminal, and as a plain line about every tenth of the way when the
/// output goes to a file or a pipe (so logs stay readable).
/// </summary>
public sealed class ProgressBar
{
    private const int Width = 20;
    private readonly string _phase;
    private readonly long _total;
    private readonly TextWriter _output;
    private readonly bool _inPlace;
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private int _lastTenth = -1;

    public ProgressBar(string phase, long total, TextWriter? output = null, bool? inPlace = null)
    {
        _phase = phase;
        _total = Math.Max(1, total);
        _output = output ?? Console.Out;
        _inPlace = inPlace ?? (output is null && !Console.IsOutputRedirected);
        Report(0);
    }

    public TimeSpan Elapsed => _watch.Elapsed;

    public void Report(long done)
    {
        var line = Line(done);
        if (_inPlace)
        {
            _output.Write($"\r{line}");
            return;
        }
        var tenth = (int)(Math.Min(done, _total) * 10 / _total);
        if (tenth > _lastTenth)
        {
            _lastTenth = tenth;
            _output.WriteLine(line);
        }
    }

    /// <summary>Shows the phase as complete and returns how long it took.</summary>
    public TimeSpan Finish(long done)
    {
        _watch.Stop();
        if (_inPlace)
        {
            _output.WriteLine($"\r{Line(done)}");
        }
        else if (_lastTenth < 10)
        {
            _lastTenth = 10;
            _output.WriteLine(Line(done));
        }
        return _watch.Elapsed;
    }

    private string Line(long done)
    {
        var filled = (int)(Math.Min(done, _total) * Width / _total);
        return string.Create(CultureInfo.InvariantCulture,
            $"{_phase,-9} [{new string('#', filled)}{new string('-', Width - filled)}] {done,10:N0} / {_total:N0}  {_watch.Elapsed.TotalSeconds:0.0} s");
    }
}
