using ClaimModel.Engine;
using CsCheck;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

public class EnginePropertyTests
{
    [Fact]
    [Trait("Category", "Heavy")]
    public void Input_order_does_not_change_the_report()
    {
        RandomDocuments.Gen.Sample(sample =>
        {
            var report = ContradictionDetector.Analyze(sample.Document);
            Assert.Equal(report, ContradictionDetector.Analyze(RandomDocuments.Shuffle(sample.Document, sample.Seed)));
        }, iter: 300);
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public void Incremental_adds_in_any_order_equal_the_batch_report()
    {
        RandomDocuments.Gen.Sample(sample =>
        {
            var shuffled = RandomDocuments.Shuffle(sample.Document, sample.Seed);
            var index = new ContradictionIndex();
            index.AddDocument(shuffled with { Claims = [], Denials = [] });
            var created = new List<Finding>();
            var random = new Random(sample.Seed);
            var claims = new Queue<Claim>(shuffled.Claims);
            var denials = new Queue<Denial>(shuffled.Denials);
            while (claims.Count + denials.Count > 0)
            {
                created.AddRange(denials.Count == 0 || (claims.Count > 0 && random.Next(2) == 0)
                    ? index.AddClaim(claims.Dequeue())
                    : index.AddDenial(denials.Dequeue()));
            }

            var batch = ContradictionDetector.Analyze(sample.Document);
            Assert.Equal(batch, index.GetReport());
            Assert.Equal(batch.Findings.Count, created.Count);
        }, iter: 300);
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public void With_consistent_comparisons_incremental_adds_in_any_order_equal_the_batch_report()
    {
        var options = new DetectionOptions { IncludeConsistentComparisons = true };
        var sawConsistent = false;
        RandomDocuments.Gen.Sample(sample =>
        {
            var shuffled = RandomDocuments.Shuffle(sample.Document, sample.Seed);
            var index = new ContradictionIndex(options);
            index.AddDocument(shuffled with { Claims = [], Denials = [] });
            foreach (var claim in shuffled.Claims)
            {
                index.AddClaim(claim);
            }

            foreach (var denial in shuffled.Denials)
            {
                index.AddDenial(denial);
            }

            var batch = ContradictionDetector.Analyze(sample.Document, options);
            Assert.Equal(batch, index.GetReport());
            Assert.Equal(batch.Findings, ContradictionDetector.Analyze(sample.Document).Findings);
            sawConsistent |= !batch.ConsistentComparisons.IsEmpty;
        }, iter: 200);
        Assert.True(sawConsistent);
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public void A_finding_between_A_and_B_equals_the_one_between_B_and_A()
    {
        RandomDocuments.Gen.Sample(sample =>
        {
            foreach (var a in sample.Document.Claims)
            {
                foreach (var b in sample.Document.Claims)
                {
                    if (ReferenceEquals(a, b))
                    {
                        continue;
                    }

                    var ab = ContradictionDetector.Analyze(sample.Document with { Claims = [a, b], Denials = [] });
                    var ba = ContradictionDetector.Analyze(sample.Document with { Claims = [b, a], Denials = [] });
                    Assert.Equal(ab, ba);
                }
            }
        }, iter: 20);
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public void Random_documents_produce_findings_of_every_compared_kind()
    {
        var kinds = new HashSet<FindingKind>();
        RandomDocuments.Gen.Sample(sample =>
        {
            foreach (var finding in ContradictionDetector.Analyze(sample.Document).Findings)
            {
                kinds.Add(finding.Kind);
            }
        }, iter: 300, threads: 1);

        Assert.Equal(Enum.GetValues<FindingKind>().Order(), kinds.Order());
    }

    [Fact]
    public void Adding_the_same_claim_twice_creates_nothing_new()
    {
        var index = new ContradictionIndex();
        index.AddDocument(Document([Claim("c1", "konashenkov", "i1", Did("usa"))]));

        Assert.Single(index.AddClaim(Claim("c2", "state-dept", "i1", Did("russia"))));
        Assert.Empty(index.AddClaim(Claim("c2", "state-dept", "i1", Did("russia"))));
        Assert.Equal(2, index.GetReport().ClaimCount);
    }
}
