using ClaimModel.Disputes;
using ClaimModel.Engine;
using ClaimModel.Reporting;
using ClaimModel.Serialization;
using ClaimModel.Validation;

namespace ClaimModel.Fuzz;

/// <summary>The crash contract, as one function of the input bytes: read → write → read back (equal, the same
/// bytes) → validate → when valid, analyse (batch, batch with consistent comparisons, incremental; the same
/// report) → disputes → every report format. The only exception allowed out of the library is the reader's
/// <see cref="ClaimJsonException"/>, and the only validation outcomes are issues with documented codes; anything
/// else escapes this method and is a crash (a <see cref="FuzzContractException"/> when a promise is broken without
/// an exception).</summary>
/// <remarks>Shared by the AFL++ / libFuzzer entry (<c>Program.cs</c>) and by the replay test in ClaimModel.Tests,
/// which runs the seed corpus through it in-process.</remarks>
internal static class FuzzHarness
{
    private static readonly DetectionOptions WithComparisons = DetectionOptions.Default with { IncludeConsistentComparisons = true };

    /// <summary>Runs <paramref name="input"/> through the whole pipeline.</summary>
    /// <param name="input">Any bytes.</param>
    /// <returns>How far the input got.</returns>
    /// <exception cref="FuzzContractException">A promise was broken without an exception.</exception>
    public static FuzzOutcome Run(ReadOnlySpan<byte> input)
    {
        ClaimDocument document;
        try
        {
            document = ClaimJson.Deserialize(input);
        }
        catch (ClaimJsonException)
        {
            return FuzzOutcome.Unreadable;
        }

        RoundTrip(document);

        var outcome = ClaimValidation.Validate(document);
        foreach (var issue in outcome.Issues)
        {
            if (issue.Code == ErrorCodes.ValidationFailed)
            {
                throw new FuzzContractException("The validator failed: " + issue.Message);
            }
        }

        if (!outcome.IsValid)
        {
            return FuzzOutcome.Invalid;
        }

        Analyse(AmendmentApplier.Apply(document));
        return FuzzOutcome.Analysed;
    }

    /// <summary>Writes the document compact and indented; both read back to an equal document, and writing that
    /// again gives the same bytes.</summary>
    private static void RoundTrip(ClaimDocument document)
    {
        var compact = ClaimJson.SerializeToUtf8Bytes(document);
        var again = ClaimJson.Deserialize(compact);
        if (!again.Equals(document))
        {
            throw new FuzzContractException("The compact round trip changed the document.");
        }

        if (!ClaimJson.SerializeToUtf8Bytes(again).AsSpan().SequenceEqual(compact))
        {
            throw new FuzzContractException("Writing the read-back document gave other bytes.");
        }

        var indented = ClaimJson.Deserialize(ClaimJson.SerializeToUtf8Bytes(document, indented: true));
        if (!indented.Equals(document))
        {
            throw new FuzzContractException("The indented round trip changed the document.");
        }
    }

    /// <summary>Analyses a valid document as a batch, as a batch with consistent comparisons and record by record;
    /// the batch and incremental reports are equal; disputes and every report format are built.</summary>
    private static void Analyse(ClaimDocument document)
    {
        var batch = ContradictionDetector.Analyze(document);

        var index = new ContradictionIndex();
        index.AddDocument(document with { Claims = [], Denials = [] });
        foreach (var claim in document.Claims)
        {
            index.AddClaim(claim);
        }

        foreach (var denial in document.Denials)
        {
            index.AddDenial(denial);
        }

        if (!index.GetReport().Equals(batch))
        {
            throw new FuzzContractException("The incremental report differs from the batch report.");
        }

        var compared = ContradictionDetector.Analyze(document, WithComparisons);
        DisputeAnalyzer.Analyze(compared);
        foreach (var format in Enum.GetValues<ReportFormat>())
        {
            foreach (var detail in Enum.GetValues<ReportDetail>())
            {
                ReportRenderer.Render(compared, format, TextWriter.Null, detail);
            }
        }
    }
}
