namespace ClaimModel.Engine;

/// <summary>The batch contradiction engine: analyses whole documents.</summary>
/// <remarks>Uses <see cref="ContradictionIndex"/>, so batch and incremental analysis give identical reports.
/// Cost: O(n·a + p + f log f) — see <see cref="ContradictionIndex"/>. Thread-safe (no shared state).</remarks>
public static class ContradictionDetector
{
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
        index.AddDocumentsWithoutResults(documents);
        return index.GetReport();
    }
}
