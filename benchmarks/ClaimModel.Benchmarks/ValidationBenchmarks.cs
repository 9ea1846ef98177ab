using BenchmarkDotNet.Attributes;
using ClaimModel.Validation;

namespace ClaimModel.Benchmarks;

/// <summary>Validating the corpus (which has no issue): the whole document (per-record rules plus
/// cross-references, duplicate ids, cycles and quotes located in source texts), and each claim alone with
/// <see cref="ClaimValidator"/> (per-record rules only). Read the claims/s column.</summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private readonly ClaimValidator _claimValidator = new();
    private ClaimDocument _document = null!;

    /// <summary>The corpus size.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Claims { get; set; }

    /// <summary>The selected sizes (<see cref="BenchmarkSizes"/>).</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.All();

    /// <summary>Generates the corpus.</summary>
    [GlobalSetup]
    public void Setup() => _document = Corpus.Generate(Claims);

    /// <summary><see cref="ClaimValidation.Validate"/> on the whole document.</summary>
    [Benchmark(Baseline = true)]
    public int Document() => ClaimValidation.Validate(_document).Issues.Count;

    /// <summary>Each claim validated alone (its own rules, no reference resolution).</summary>
    [Benchmark]
    public int ClaimRecords()
    {
        var failures = 0;
        foreach (var claim in _document.Claims)
        {
            failures += _claimValidator.Validate(claim).Errors.Count;
        }

        return failures;
    }
}
