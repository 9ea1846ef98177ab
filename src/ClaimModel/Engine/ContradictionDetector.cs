namespace ClaimModel.Engine;

/// <summary>The batch contradiction engine: analyses whole documents.</summary>
/// <remarks>Uses <see cref="ContradictionIndex"/>, so batch and incremental analysis give identical reports.
/// Cost: O(n·a + p + f log f) — see <see cref="ContradictionIndex"/>. Thread-safe (no shared state).</remarks>
public static partial class ContradictionDetector
{
    /// <summary>How many claims and denials are added between two progress reports and cancellation checks: 4096.</summary>
    public const int ProgressStride = 4096;

    /// <summary>Finds the contradictions in one document.</summary>
    /// <param name="document">The document (need not be validated: dangling ids are tolerated).</param>
    /// <param name="options">The policies; <see cref="DetectionOptions.Default"/> when <see langword="null"/>.</param>
    public static ContradictionReport Analyze(ClaimDocument document, DetectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Analyze([document], options);
    }

    /// <summary>Finds the contradictions across several documents, as if merged: all actors, sources and
    /// incidents first, then every claim and denial (ids must be unique across documents; a repeated id is
    /// ignored after its first occurrence).</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="options">The policies; <see cref="DetectionOptions.Default"/> when <see langword="null"/>.</param>
    public static ContradictionReport Analyze(IEnumerable<ClaimDocument> documents, DetectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var index = new ContradictionIndex(options);
        index.AddDocumentsWithoutResults(documents, complete: true);
        return index.GetReport();
    }

    /// <summary>Finds the contradictions in one document, telling <paramref name="progress"/> how far it has got
    /// and stopping when <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="document">The document (need not be validated: dangling ids are tolerated).</param>
    /// <param name="options">The policies; <see cref="DetectionOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="progress">Told how many claims and denials are added (<see cref="AnalysisProgress"/>), on the
    /// analysing thread; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Checked every <see cref="ProgressStride"/> claims and denials.</param>
    /// <returns>The same report as <see cref="Analyze(ClaimDocument, DetectionOptions?)"/>.</returns>
    /// <exception cref="OperationCanceledException">The analysis was cancelled; nothing is kept.</exception>
    public static ContradictionReport Analyze(ClaimDocument document, DetectionOptions? options, IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Analyze([document], options, progress, cancellationToken);
    }

    /// <summary>Finds the contradictions across several documents (as <see cref="Analyze(IEnumerable{ClaimDocument}, DetectionOptions?)"/>),
    /// telling <paramref name="progress"/> how far it has got and stopping when <paramref name="cancellationToken"/>
    /// is cancelled.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="options">The policies; <see cref="DetectionOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="progress">Told how many claims and denials are added (<see cref="AnalysisProgress"/>), on the
    /// analysing thread; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Checked every <see cref="ProgressStride"/> claims and denials.</param>
    /// <returns>The same report as <see cref="Analyze(IEnumerable{ClaimDocument}, DetectionOptions?)"/>: the records
    /// are added in the same order, in runs of <see cref="ProgressStride"/>.</returns>
    /// <exception cref="OperationCanceledException">The analysis was cancelled; nothing is kept.</exception>
    public static ContradictionReport Analyze(IEnumerable<ClaimDocument> documents, DetectionOptions? options, IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (progress is null && !cancellationToken.CanBeCanceled)
        {
            return Analyze(documents, options);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var list = documents as IReadOnlyList<ClaimDocument> ?? [.. documents];
        var total = 0;
        var contexts = new ClaimDocument[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            var document = list[i];
            ArgumentNullException.ThrowIfNull(document, nameof(documents));
            total += document.Claims.Count + document.Denials.Count;
            contexts[i] = document with { Claims = [], Denials = [] };
        }

        var index = new ContradictionIndex(options);
        index.AddDocumentsWithoutResults(contexts);
        index.ExpectOnly(list);
        var added = 0;
        progress?.Report(new AnalysisProgress(0, total));
        foreach (var document in list)
        {
            for (var start = 0; start < document.Claims.Count; start += ProgressStride)
            {
                var run = document.Claims.AsSpan().Slice(start, Math.Min(ProgressStride, document.Claims.Count - start));
                index.AddDocumentsWithoutResults([new ClaimDocument { Claims = ValueList.Create(run) }]);
                Advance(ref added, run.Length, total, progress, cancellationToken);
            }

            for (var start = 0; start < document.Denials.Count; start += ProgressStride)
            {
                var run = document.Denials.AsSpan().Slice(start, Math.Min(ProgressStride, document.Denials.Count - start));
                index.AddDocumentsWithoutResults([new ClaimDocument { Denials = ValueList.Create(run) }]);
                Advance(ref added, run.Length, total, progress, cancellationToken);
            }
        }

        return index.GetReport();
    }

    private static void Advance(ref int added, int count, int total, IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken)
    {
        added += count;
        progress?.Report(new AnalysisProgress(added, total));
        cancellationToken.ThrowIfCancellationRequested();
    }
}
