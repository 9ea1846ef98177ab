using BenchmarkDotNet.Attributes;
using ClaimModel.Validation;

namespace ClaimModel.Benchmarks;

/// <summary>Validating a document whose source text has 50 million characters and 1,000 quotes that are not in it
/// (<see cref="HostileCorpus.AbsentQuotes"/>): the text's search tables are built once, then each quote is looked
/// up. Target: ≤ 1 ms per quote. Not sized by <c>--sizes</c>.</summary>
[MemoryDiagnoser]
public class QuoteSearchBenchmarks
{
    private ClaimDocument _document = null!;

    /// <summary>The quotes searched.</summary>
    [Params(1_000)]
    public int Quotes { get; set; }

    /// <summary>Builds the document (50 MB of text).</summary>
    [GlobalSetup]
    public void Setup() => _document = HostileCorpus.AbsentQuotes(50, Quotes);

    /// <summary>One whole-document validation; returns the issues (one quote-not-found per absent quote).</summary>
    [Benchmark]
    public int Validate() => ClaimValidation.Validate(_document).Issues.Count;
}
