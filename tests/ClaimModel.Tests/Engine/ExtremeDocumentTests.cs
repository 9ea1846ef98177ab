using ClaimModel.Disputes;
using ClaimModel.Engine;
using ClaimModel.Fuzz;
using ClaimModel.Reporting;
using ClaimModel.Serialization;
using ClaimModel.Validation;
using CsCheck;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>"Valid ⇒ analysed without an exception", by property over <see cref="ExtremeDocuments"/> (values at the
/// edges of what validation accepts), and for documents too large to generate many of: a 100,000-long affiliation chain
/// and buckets of thousands of agreeing claims. Each document goes through the fuzz harness
/// (<see cref="FuzzHarness"/>: JSON round trip, validation, batch, incremental and consistent-comparison analysis,
/// disputes, every report format) or, when large, through validation, analysis and rendering directly.</summary>
public class ExtremeDocumentTests
{
    [Fact]
    [Trait("Category", "Heavy")]
    public void Generated_extreme_documents_are_valid_and_analysed_without_an_exception()
    {
        ExtremeDocuments.Document.Sample(
            document =>
            {
                var outcome = ClaimValidation.Validate(document);
                Assert.True(outcome.IsValid, outcome.Format());
                Assert.Equal(FuzzOutcome.Analysed, FuzzHarness.Run(ClaimJson.SerializeToUtf8Bytes(document)));
            },
            iter: 100,
            print: document => ClaimJson.Serialize(document, indented: true));
    }

    [Fact]
    public void Extreme_figures_in_one_bucket_are_compared_and_their_findings_explained()
    {
        // Every qualifier with the values at the edges, alternately from two sides: pairs of them must conflict.
        decimal[] values = [0m, 0.0000000000000000000000000001m, 0.5m, 510m, 1e28m, decimal.MaxValue - 1, decimal.MaxValue];
        var figures = values
            .SelectMany(v => Enum.GetValues<FigureQualifier>(), (v, q) => Figure("killed", "people", q, q == FigureQualifier.Vague ? null : v, "figure", q == FigureQualifier.Between ? decimal.MaxValue : null, q == FigureQualifier.Vague ? VagueQuantity.Millions : null))
            .ToList();
        var document = Document(figures.Select((f, i) => Claim("c" + i, i % 2 == 0 ? "russia" : "usa", "i1", Quantity(f))));

        var report = AnalyseValid(document);

        Assert.Contains(report.Findings, f => f.Kind == FindingKind.FigureConflict);
        Assert.All(report.Findings, f => Assert.False(string.IsNullOrEmpty(f.Explanation)));
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public async Task A_claim_at_the_bottom_of_a_100000_long_chain_with_extreme_values_is_analysed_on_a_thread_pool_thread()
    {
        const int Length = 100_000;
        var huge = Figure("killed", "people", FigureQualifier.Exact, decimal.MaxValue, "all of them");
        var lastDay = new TimeSpec { Start = DateTimeOffset.MaxValue, Precision = TimePrecision.Year, TimeZone = "Pacific/Kiritimati" };
        var document = Document(
            [
                Claim("c-bottom", "link-0", "i1", Did("link-0")),
                Claim("c-figure", "link-0", "i1", Quantity(huge)),
                Claim("c-time", "link-0", "i1", Occurred(lastDay)),
                Claim("c-other", "usa", "i1", Did("usa")),
                Claim("c-small", "usa", "i1", Quantity(huge with { Value = 0.0000000000000000000000000001m })),
                Claim("c-first", "usa", "i1", Occurred(new TimeSpec { Start = DateTimeOffset.MinValue, Precision = TimePrecision.Week, TimeZone = "Pacific/Pago_Pago" })),
            ],
            [Denial("d-top", "usa", "i1", Did("russia"))]) with
        {
            Actors = [.. Actors(), .. ExtremeDocuments.Chain(Length)],
        };

        var report = await Task.Run(() => AnalyseValid(document));

        Assert.Equal(
            [FindingKind.Denial, FindingKind.ConflictingResponsibility, FindingKind.FigureConflict, FindingKind.TimeConflict],
            report.Findings.Select(f => f.Kind).Distinct().Order());
        Assert.Equal(["russia"], report.Findings.First(f => f.Kind == FindingKind.ConflictingResponsibility).Participants.Single(p => p.Id == "c-bottom").Sides);
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public void Generated_huge_buckets_of_agreeing_extreme_claims_are_valid_and_analysed_within_budget()
    {
        // 20,000 copies of one generated statement: 200 million pairs for a pairwise engine, one comparison per claim
        // when agreeing claims are grouped.
        ExtremeDocuments.AgreeingBucket(HugeBucket).Sample(
            document =>
            {
                var report = AnalyseValid(document, comparisons: true, render: false);
                Assert.Empty(report.Findings);
                AssertWithinBudget(report);
            },
            iter: 8,
            threads: 1,
            print: document => ClaimJson.Serialize(document with { Claims = [.. document.Claims.Take(2)] }, indented: true));
    }

    [Theory]
    [Trait("Category", "Heavy")]
    [InlineData("responsibility", false)]
    [InlineData("responsibility", true)]
    [InlineData("figure", false)]
    [InlineData("figure", true)]
    [InlineData("occurrence", true)]
    [InlineData("targets", true)]
    [InlineData("acting", true)]
    [InlineData("absent", true)]
    public void A_bucket_of_20000_agreeing_extreme_claims_of_each_kind_is_analysed_within_budget_without_findings(string kind, bool comparisons)
    {
        var year = new TimeSpec { Start = new DateTimeOffset(9999, 6, 1, 0, 0, 0, TimeSpan.FromHours(-12)), Precision = TimePrecision.Year, TimeZone = "Etc/GMT+12" };
        var farthest = Figure("distance", "km", FigureQualifier.Exact, decimal.MaxValue, "as far as can be");
        Statement statement = kind switch
        {
            "responsibility" => new ResponsibilityStatement { Actors = ["russia", "syria"], Intent = Intent.Deliberate },
            "figure" => Quantity(Figure("killed", "people", FigureQualifier.AtLeast, decimal.MaxValue, "countless")),
            "occurrence" => Occurred(year),
            "targets" => new TargetStatement { Targets = [new Target { Kind = TargetKind.Hospital }, new Target { Kind = TargetKind.Other, Name = "terrorists" }], Scope = TargetScope.Only },
            "acting" => new PresenceStatement { Actors = ["russia"], Present = true, Time = year, Within = farthest },
            "absent" => NotWithin("usa", farthest, new Place { Name = "Aleppo", Precision = PlacePrecision.City, Coordinates = new GeoPoint { Latitude = 89.99, Longitude = 179.99 } }, year),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown bucket kind"),
        };
        var document = Document(Enumerable.Range(0, HugeBucket).Select(i => Claim("c" + i, i % 2 == 0 ? "sohr" : "usa", "i1", statement, source: "src") with
        {
            Reports = Reports("src", "quote of c" + i),
        }));

        var report = AnalyseValid(document, comparisons, render: false);

        Assert.Empty(report.Findings);
        AssertWithinBudget(report);
    }

    [Theory]
    [Trait("Category", "Heavy")]
    [InlineData(HugeBucket, false)]
    [InlineData(HugeBucket, true)]
    public void A_huge_bucket_of_agreeing_extreme_claims_is_analysed_without_findings(int claims, bool comparisons)
    {
        // The same perpetrator, the same largest figure and the last year of the calendar, from two sides.
        var figure = Figure("killed", "people", FigureQualifier.AtLeast, decimal.MaxValue, "countless");
        var year = new TimeSpec { Start = new DateTimeOffset(9999, 6, 1, 0, 0, 0, TimeSpan.FromHours(-12)), Precision = TimePrecision.Year, TimeZone = "Etc/GMT+12" };
        var document = Document(Enumerable.Range(0, claims).Select(i => new Claim
        {
            Id = "c" + i,
            Claimant = i % 2 == 0 ? "sohr" : "usa",
            Incident = "i1",
            Statements = [Did("russia"), Quantity(figure), Occurred(year)],
            Reports = Reports("src", "quote of c" + i),
        }));

        var report = AnalyseValid(document, comparisons);

        Assert.Empty(report.Findings);
        if (comparisons)
        {
            Assert.NotEmpty(report.ConsistentComparisons);
        }
    }

    /// <summary>The claims of one huge bucket: 20,000 agreeing claims, 199,990,000 pairs.</summary>
    private const int HugeBucket = 20_000;

    /// <summary>Nothing was left uncompared and no finding dropped: only consistent comparisons beyond their budget may
    /// have been counted instead of kept.</summary>
    private static void AssertWithinBudget(ContradictionReport report)
    {
        Assert.Equal(0, report.Truncation?.ComparisonsSkipped ?? 0);
        Assert.Equal(0, report.Truncation?.FindingsDropped ?? 0);
    }

    /// <summary>Validates (must be valid), analyses, builds the disputes and (when <paramref name="render"/>) renders
    /// every format.</summary>
    private static ContradictionReport AnalyseValid(ClaimDocument document, bool comparisons = true, bool render = true)
    {
        var outcome = ClaimValidation.Validate(document);
        Assert.True(outcome.IsValid, outcome.Format());
        var report = ContradictionDetector.Analyze(document, DetectionOptions.Default with { IncludeConsistentComparisons = comparisons });
        DisputeAnalyzer.Analyze(report);
        if (!render)
        {
            return report;
        }

        foreach (var format in Enum.GetValues<ReportFormat>())
        {
            using var writer = new StringWriter();
            ReportRenderer.Render(report, format, writer, ReportDetail.Disputes);
            Assert.NotEqual(0, writer.GetStringBuilder().Length);
        }

        return report;
    }
}
