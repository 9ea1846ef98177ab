namespace ClaimModel.Reporting;

/// <summary>How much a text or Markdown report shows (the JSON report always holds everything). Kebab-case in the
/// command line (<c>--detail disputes</c>).</summary>
public enum ReportDetail
{
    /// <summary>Everything: the dispute summary, then every pairwise finding, the consistent comparisons and the
    /// history.</summary>
    Findings,

    /// <summary>What a person reads first: the dispute summary and the history; the pairwise findings are counted, not
    /// listed.</summary>
    Disputes,
}
