namespace ClaimModel.Engine;

/// <summary>The streaming side of the index: findings handed to a callback as they are found instead of kept.</summary>
public sealed partial class ContradictionIndex
{
    /// <summary>Where findings go when they are streamed (<see langword="null"/>: they are kept).</summary>
    private FindingStream? _stream;

    /// <summary>Hands every finding found from now on to <paramref name="onFinding"/> instead of keeping it, except those
    /// naming a claim in <paramref name="revised"/> (the claims the whole input revises: their findings would leave the
    /// report). Streamed findings are not kept, so <see cref="AnalysisBudget.MaxFindings"/> does not limit them;
    /// <see cref="AnalysisBudget.MaxComparisons"/> still does.</summary>
    /// <param name="onFinding">Called once per finding, in the order they are found, on the writer's thread.</param>
    /// <param name="revised">The ids of the claims revised anywhere in the input.</param>
    internal void StreamFindings(Action<Finding> onFinding, IReadOnlySet<string> revised) => _stream = new FindingStream(onFinding, revised);

    /// <summary>How many findings were streamed.</summary>
    internal long StreamedCount => _stream?.Count ?? 0;

    /// <summary>Streams <paramref name="finding"/> (made into a <see cref="Finding"/> for the callback) when streaming is
    /// on; <see langword="false"/> when it is to be kept.</summary>
    private bool Streamed(in CompactFinding finding)
    {
        if (_stream is not { } stream)
        {
            return false;
        }

        if (stream.Revised.Count == 0 || !finding.IsRevised(stream.Revised.Contains))
        {
            stream.Count++;
            stream.OnFinding(finding.ToFinding(_context));
        }

        return true;
    }

    /// <summary>The callback, the revised claims, and the count so far.</summary>
    private sealed class FindingStream(Action<Finding> onFinding, IReadOnlySet<string> revised)
    {
        public Action<Finding> OnFinding { get; } = onFinding;

        public IReadOnlySet<string> Revised { get; } = revised;

        public long Count { get; set; }
    }
}
