using System.Globalization;
using ClaimModel.Validation;

namespace ClaimModel.Benchmarks;

/// <summary>The <c>--quote-search [megabytes] [quotes]</c> mode: one whole-document validation of
/// <see cref="HostileCorpus.AbsentQuotes"/>, timed once (<see cref="SingleRun"/>) after the same validation without
/// the text and with only the first quotes: what the linear searches and the text's tables cost, and the CPU time of
/// each later quote.</summary>
public static class QuoteSearchRun
{
    /// <summary>The searches of a long text until its tables are built: the linear ones and the one that builds them.</summary>
    private const int SourceTextSearches = 9;

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
        // quotes searched before the text's tables are built and the one that builds them, then the whole document:
        // the differences are what the first searches with the tables cost and what each later quote costs.
        var withoutText = document with { Sources = [document.Sources[0] with { Text = null }] };
        SingleRun.Measure(() => ClaimValidation.Validate(withoutText));
        var baseline = SingleRun.Measure(() => ClaimValidation.Validate(withoutText));
        var first = Math.Min(quotes, SourceTextSearches);
        var firstQuotes = document with { Claims = [.. document.Claims.Take(first)] };
        var tables = SingleRun.Measure(() => ClaimValidation.Validate(firstQuotes));
        var notFound = 0;
        var run = SingleRun.Measure(() => notFound = ClaimValidation.Validate(document).Issues.Count(i => i.Code == ErrorCodes.QuoteNotFound));
        var later = run.Cpu - tables.Cpu;
        var all = run.Cpu - baseline.Cpu;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"quote-search text={megabytes:N0}M chars quotes={quotes:N0}: {run}; without the text {baseline.Cpu.TotalMilliseconds:N0} ms CPU; the first {first} quotes (linear searches, then the tables built) {(tables.Cpu - baseline.Cpu).TotalMilliseconds:N0} ms CPU; each later quote {later.TotalMilliseconds / Math.Max(1, quotes + 1 - first):N3} ms CPU; all quotes {all.TotalMilliseconds / (quotes + 1):N3} ms CPU each; quote-not-found {notFound:N0}"));
        return notFound == quotes ? 0 : 1;
    }
}
