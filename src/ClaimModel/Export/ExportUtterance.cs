namespace ClaimModel.Export;

/// <summary>A claim or a denial as the exports see it: one utterance by one actor, reported one or more times.</summary>
/// <param name="Id">The claim's or denial's id.</param>
/// <param name="IsDenial">Whether it is a denial.</param>
/// <param name="Claimant">The actor who said it.</param>
/// <param name="StatedAt">When it was said, if known.</param>
/// <param name="Reports">Where it was reported.</param>
/// <param name="Claim">The claim (for supersedes and retracts); <see langword="null"/> for a denial.</param>
/// <param name="Denial">The denial (for what it denies); <see langword="null"/> for a claim.</param>
internal sealed record ExportUtterance(string Id, bool IsDenial, string Claimant, TimeSpec? StatedAt, ValueList<Report> Reports, Claim? Claim, Denial? Denial)
{
    /// <summary>The text of the first report's quote (what the claimant was quoted saying).</summary>
    public string Text => Reports.IsEmpty ? string.Empty : Reports[0].Quote.Exact;

    /// <summary>The utterance's IRI.</summary>
    public string Iri(ExportIris iris) => IsDenial ? iris.Denial(Id) : iris.Claim(Id);
}
