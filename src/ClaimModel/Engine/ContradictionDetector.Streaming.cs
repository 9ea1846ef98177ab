namespace ClaimModel.Engine;

/// <summary>The batch engine with findings streamed instead of kept.</summary>
public static partial class ContradictionDetector
{
    /// <summary>Analyses <paramref name="documents"/> as <see cref="Analyze(IEnumerable{ClaimDocument}, DetectionOptions?)"/>
    /// does, handing each finding to <paramref name="onFinding"/> when it is found (discovery order, not report order)
    /// instead of keeping it: the report returned has no <see cref="ContradictionReport.Findings"/>, and everything else.
    /// The findings handed over are those of the ordinary report (findings naming a claim that any claim of the input
    /// supersedes or retracts are left out), without the <see cref="AnalysisBudget.MaxFindings"/> cap.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="options">The policies; <see cref="DetectionOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="onFinding">Called once per finding, on the calling thread.</param>
    /// <param name="streamed">How many findings were handed over.</param>
    internal static ContradictionReport AnalyzeStreaming(IEnumerable<ClaimDocument> documents, DetectionOptions? options, Action<Finding> onFinding, out long streamed)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(onFinding);
        var list = documents as IReadOnlyList<ClaimDocument> ?? [.. documents];

        // Streamed findings are not kept: the cap on kept findings must not stop the comparisons either.
        var policies = options ?? DetectionOptions.Default;
        var index = new ContradictionIndex(policies with { Budget = (policies.Budget ?? AnalysisBudget.Default) with { MaxFindings = int.MaxValue } });
        index.StreamFindings(onFinding, RevisedClaims(list));
        index.AddDocumentsWithoutResults(list, complete: true);
        streamed = index.StreamedCount;
        return index.GetReport();
    }

    /// <summary>The ids of the claims that a claim of <paramref name="documents"/> supersedes or retracts (a claim whose id
    /// came before is ignored, as the index ignores it).</summary>
    private static HashSet<string> RevisedClaims(IReadOnlyList<ClaimDocument> documents)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var revised = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            ArgumentNullException.ThrowIfNull(document, nameof(documents));
            foreach (var claim in document.Claims)
            {
                if (seen.Add(claim.Id))
                {
                    revised.UnionWith(claim.Supersedes.Where(id => id is not null));
                    revised.UnionWith(claim.Retracts.Where(id => id is not null));
                }
            }
        }

        return revised;
    }
}
