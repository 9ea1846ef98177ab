using BenchmarkDotNet.Attributes;
using ClaimModel.Validation;

namespace ClaimModel.Benchmarks;

/// <summary>Validating the corpus (which has no issue): the whole document (per-record rules plus
/// cross-references, duplicate ids, cycles and quotes located in source texts), and each claim alone with
/// <see cref="ClaimValidator"/> (per-record rules only). Read the claims/s column.</summary>
[MemoryDiagnoser]
public class ValidationBenchmarks : CorpusBenchmark
{
    private readonly ClaimValidator _claimValidator = new();

    /// <summary><see cref="ClaimValidation.Validate"/> on the whole document.</summary>
    [Benchmark(Baseline = true)]
    public int Document() => ClaimValidation.Validate(Input).Issues.Count;

    /// <summary>Each claim validated alone (its own rules, no reference resolution).</summary>
    [Benchmark]
    public int ClaimRecords()
    {
        var failures = 0;
        foreach (var claim in Input.Claims)
        {
            failures += _claimValidator.Validate(claim).Errors.Count;
        }

        return failures;
    }
}
