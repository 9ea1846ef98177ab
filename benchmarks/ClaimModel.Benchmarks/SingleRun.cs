using System.Diagnostics;
using System.Globalization;

namespace ClaimModel.Benchmarks;

/// <summary>One timed run for the modes too slow to repeat under BenchmarkDotNet: wall-clock and process CPU time
/// (which a shared machine disturbs less), the bytes allocated and the process's peak working set.</summary>
/// <param name="Wall">Wall-clock time.</param>
/// <param name="Cpu">Process CPU time.</param>
/// <param name="Allocated">Bytes allocated (precise).</param>
/// <param name="PeakWorkingSet">The process's peak working set, in bytes.</param>
public readonly record struct SingleRun(TimeSpan Wall, TimeSpan Cpu, long Allocated, long PeakWorkingSet)
{
    /// <summary>Runs <paramref name="work"/> once after a full collection and measures it.</summary>
    /// <param name="work">The work.</param>
    public static SingleRun Measure(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        work();
        clock.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        process.Refresh();
        return new SingleRun(clock.Elapsed, process.TotalProcessorTime - cpu, allocated, process.PeakWorkingSet64);
    }

    /// <summary>The measurements as one phrase: <c>… ms wall, … ms CPU, allocated … MB, peak working set … MB</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Wall.TotalMilliseconds:N0} ms wall, {Cpu.TotalMilliseconds:N0} ms CPU, allocated {Allocated / 1e6:N1} MB, peak working set {PeakWorkingSet / 1e6:N0} MB");
}
