using System.Globalization;
using ClaimModel.Validation;

namespace ClaimModel.Benchmarks;

/// <summary>The <c>--quote-search [megabytes] [quotes]</c> mode: one whole-document validation of
/// <see cref="HostileCorpus.AbsentQuotes"/>, timed once (<see cref="SingleRun"/>) after the same validation without
/// the text and with only the present quote: the cost of the text's tables and the CPU time per absent quote.</summary>
public static class QuoteSearchRun
{
    /// <summary>Builds, validates and prints; returns the process exit code (1 when the issues are not one per
    /// absent quote).</summary>
    /// <param name="megabytes">The text's length in millions of characters.</param>
    /// <param name="quotes">The absent quotes.</param>
    /// <param name="output">Where to print.</param>
    public static int Run(int megabytes, int quotes, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var document = HostileCorpus.AbsentQuotes(megabytes, quotes);

        // The same validation without the text first (twice: the first warms the validators up), then with only the
        // present quote (the text's tables are built for it), then the whole document: the differences are what
        // building the tables and searching the absent quotes cost.
        var withoutText = document with { Sources = [document.Sources[0] with { Text = null }] };
        SingleRun.Measure(() => ClaimValidation.Validate(withoutText));
        var baseline = SingleRun.Measure(() => ClaimValidation.Validate(withoutText));
        var onePresent = document with { Claims = [document.Claims[^1]] };
        var tables = SingleRun.Measure(() => ClaimValidation.Validate(onePresent));
        var notFound = 0;
        var run = SingleRun.Measure(() => notFound = ClaimValidation.Validate(document).Issues.Count(i => i.Code == ErrorCodes.QuoteNotFound));
        var search = run.Cpu - baseline.Cpu - tables.Cpu;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"quote-search text={megabytes:N0}M chars quotes={quotes:N0}: {run}; without the text {baseline.Cpu.TotalMilliseconds:N0} ms CPU; one present quote (the tables built) {tables}; the absent quotes {search.TotalMilliseconds:N0} ms CPU, {search.TotalMilliseconds / quotes:N3} ms per quote; quote-not-found {notFound:N0}"));
        return notFound == quotes ? 0 : 1;
    }
}
