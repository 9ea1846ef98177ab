using System.Diagnostics;
using System.Globalization;
using ClaimModel.Engine;
using ClaimModel.Loading;
using ClaimModel.Validation;

namespace ClaimModel.Cli;

/// <summary>One line on standard error, rewritten in place (<c>\r</c>), telling a person how far a long run has got.
/// Shown only when standard error is a terminal and the run has lasted <see cref="CliConsole.ProgressDelay"/>;
/// updated at most every <see cref="CliConsole.ProgressInterval"/>; erased before anything else is written to
/// standard error and when the run ends, so it never stays in a terminal's scroll-back or reaches a log.</summary>
internal sealed class ProgressLine : IDisposable, IProgress<LoadProgress>, IProgress<ValidationProgress>, IProgress<AnalysisProgress>
{
    private const string EraseLine = "\r\u001b[K";

    private readonly CliConsole _console;
    private readonly long _start = Stopwatch.GetTimestamp();
    private long _last;
    private bool _shown;

    /// <summary>Starts timing a run.</summary>
    public ProgressLine(CliConsole console) => _console = console;

    /// <summary>This line when it can be shown (standard error is a terminal), else <see langword="null"/>: the
    /// library's progress overloads then take their plain, fastest path.</summary>
    public ProgressLine? IfShown => _console.ErrorIsTerminal ? this : null;

    /// <summary>Shows <paramref name="text"/> when progress is due (see the class remarks).</summary>
    public void Report(string text)
    {
        if (!_console.ErrorIsTerminal)
        {
            return;
        }

        var now = Stopwatch.GetTimestamp();
        if (Stopwatch.GetElapsedTime(_start, now) < _console.ProgressDelay
            || (_shown && Stopwatch.GetElapsedTime(_last, now) < _console.ProgressInterval))
        {
            return;
        }

        _console.Error.Write(EraseLine + "claimmodel: " + text);
        _console.Error.Flush();
        _last = now;
        _shown = true;
    }

    /// <summary>Erases the line if it is shown.</summary>
    public void Clear()
    {
        if (_shown)
        {
            _console.Error.Write(EraseLine);
            _console.Error.Flush();
            _shown = false;
        }
    }

    /// <summary>Erases the line.</summary>
    public void Dispose() => Clear();

    /// <summary>"reading 3/6 files (seeds/002.claims.json)".</summary>
    void IProgress<LoadProgress>.Report(LoadProgress value) =>
        Report(string.Create(CultureInfo.InvariantCulture, $"reading {value.FilesDone}/{value.FileCount} files ({value.LastFile})"));

    /// <summary>"validating 8192/100000 records".</summary>
    void IProgress<ValidationProgress>.Report(ValidationProgress value) =>
        Report(string.Create(CultureInfo.InvariantCulture, $"validating {value.RecordsChecked}/{value.RecordCount} records"));

    /// <summary>"analysing 8192/100000 claims and denials".</summary>
    void IProgress<AnalysisProgress>.Report(AnalysisProgress value) =>
        Report(string.Create(CultureInfo.InvariantCulture, $"analysing {value.RecordsAdded}/{value.RecordCount} claims and denials"));
}
