using System.Text.Json;
using ClaimModel.Disputes;
using ClaimModel.Engine;
using ClaimModel.Reporting;
using ClaimModel.Tests.Cli;
using ClaimModel.Tests.SeedReport;
using ClaimModel.Tests.Seeds;
using ClaimModel.Tests.Support;
using Snapshooter.Xunit;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Reporting;

/// <summary>The HTML report: the seed report's snapshot, its structure read back as XML, escaping of hostile data,
/// byte stability under input order, and a report of 1,000 incidents.</summary>
public class HtmlReportTests
{
    private const string Hostile = "<script>alert(\"x\")</script> \"'& </svg>";

    [Fact]
    public void Analyze_seeds_as_html_matches_its_snapshot_and_the_library_writes_the_same_bytes()
    {
        var run = SeedCorpusCliTests.RunOnSeeds("analyze", "--format", "html");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        using (var writer = new StringWriter())
        {
            ReportRenderer.Render(SeedAnalysis.Outcome, ReportFormat.Html, writer, ReportDetail.Disputes);
            Assert.Equal(writer.ToString(), run.Output);
        }

        Assert.Equal(ReportHtmlWriter.Write(SeedAnalysis.Outcome, ReportDetail.Disputes), run.Output);

        Snapshot.Match(run.Output);
    }

    [Fact]
    public void Seed_html_has_a_section_per_incident_a_card_per_dispute_and_the_graph_of_each_incident()
    {
        var report = SeedAnalysis.Outcome;
        var disputes = DisputeAnalyzer.Analyze(report);
        var graphs = AccusationGraph.ByIncident(report);
        var document = HtmlMarkup.Parse(ReportHtmlWriter.Write(report, ReportDetail.Disputes));

        Assert.Equal(disputes.Incidents.Count, HtmlMarkup.WithClass(document, "section", "incident").Count());
        Assert.Equal(disputes.Disputes.Select(d => d.Id), HtmlMarkup.WithClass(document, "article", "dispute").Select(a => (string?)a.Attribute("id")));
        Assert.Equal(graphs.Sum(g => g.Nodes.Count), HtmlMarkup.SvgWithClass(document, "g", "node").Count());
        Assert.Equal(graphs.Sum(g => g.Edges.Count), HtmlMarkup.SvgWithClass(document, "g", "edge").Count());
        Assert.Equal(disputes.Incidents.Sum(i => i.Figures.Count), HtmlMarkup.SvgWithClass(document, "g", "range").Count());
        Assert.Equal(disputes.Incidents.Count + 1, document.Descendants().Count(e => e.Name.LocalName == "tr"));
        Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName is "link" or "img" or "iframe");
        Assert.DoesNotContain("src=", document.ToString(), StringComparison.Ordinal);
        Assert.Single(document.Descendants(), e => e.Name.LocalName == "script");
    }

    [Fact]
    public void Findings_detail_adds_each_incidents_pairwise_findings()
    {
        var document = HtmlMarkup.Parse(ReportHtmlWriter.Write(SeedAnalysis.Outcome, ReportDetail.Findings));
        var listed = HtmlMarkup.WithClass(document, "details", "findings").SelectMany(d => d.Descendants().Where(e => e.Name.LocalName == "li" && e.Attribute("id") is not null));

        Assert.Equal(SeedAnalysis.Outcome.Findings.Select(f => f.Id).Order(StringComparer.Ordinal), listed.Select(e => (string)e.Attribute("id")!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_data_text_stays_text_in_content_attributes_and_svg()
    {
        var html = ReportHtmlWriter.Write(ContradictionDetector.Analyze(HostileDocument()));

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("</svg> \"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &quot;&#39;&amp; &lt;/svg&gt;", html, StringComparison.Ordinal);
        var document = HtmlMarkup.Parse(html);
        Assert.Single(document.Descendants(), e => e.Name.LocalName == "script");
        // Read back, the hostile texts are whole: in the quote, the incident title, the search attribute and an SVG title.
        Assert.Contains(document.Descendants().Where(e => e.Name.LocalName == "blockquote"), e => e.Value.Contains(Hostile, StringComparison.Ordinal));
        Assert.Contains(document.Descendants().Where(e => e.Name.LocalName == "h2"), e => e.Value.Contains(Hostile, StringComparison.Ordinal));
        Assert.Contains(HtmlMarkup.WithClass(document, "section", "incident"), e => ((string)e.Attribute("data-search")!).Contains(Hostile.ToLowerInvariant(), StringComparison.Ordinal));
        Assert.Contains(HtmlMarkup.SvgWithClass(document, "g", "node"), e => e.Value.Contains("outlet " + Hostile, StringComparison.Ordinal));
        Assert.Contains(document.Descendants().Where(e => e.Name.LocalName == "a"), e => (string?)e.Attribute("href") == "https://example.org/a?b=1&c=\"2\"");
    }

    [Fact]
    public void Input_order_does_not_change_a_byte()
    {
        var document = SeedAnalysis.Document;
        var random = new Random(15);
        var shuffled = document with
        {
            Claims = ValueList.From(document.Claims.OrderBy(_ => random.Next())),
            Denials = ValueList.From(document.Denials.OrderBy(_ => random.Next())),
            Sources = ValueList.From(document.Sources.OrderBy(_ => random.Next())),
            Incidents = ValueList.From(document.Incidents.OrderBy(_ => random.Next())),
            Actors = ValueList.From(document.Actors.OrderBy(_ => random.Next())),
        };

        var expected = ReportHtmlWriter.Write(SeedAnalysis.Outcome);
        Assert.Equal(expected, ReportHtmlWriter.Write(ContradictionDetector.Analyze(shuffled, ClaimModel.Cli.AnalyzeCommand.Options)));
        Assert.NotEqual(document.Claims.Select(c => c.Id), shuffled.Claims.Select(c => c.Id));
    }

    [Theory]
    [MemberData(nameof(CultureScope.Hostile), MemberType = typeof(CultureScope))]
    public void The_html_report_is_the_same_in_every_culture(string culture)
    {
        var expected = ReportHtmlWriter.Write(SeedAnalysis.Outcome);
        using var _ = new CultureScope(culture);

        Assert.Equal(expected, ReportHtmlWriter.Write(SeedAnalysis.Outcome));
    }

    [Fact]
    public void A_report_of_1000_incidents_is_well_formed_collapsed_and_bounded()
    {
        const int incidents = 1000;
        var report = ContradictionDetector.Analyze(ManyIncidents(incidents));
        var html = ReportHtmlWriter.Write(report);

        var document = HtmlMarkup.Parse(html);
        var sections = HtmlMarkup.WithClass(document, "section", "incident").ToList();
        Assert.Equal(incidents, sections.Count);
        Assert.All(sections, s => Assert.Null(s.Elements().First().Attribute("open")));
        Assert.Equal(DisputeAnalyzer.Analyze(report).Disputes.Count, HtmlMarkup.WithClass(document, "article", "dispute").Count());
        // Linear in the incidents: each section costs the same few kilobytes, far under 10 kB.
        Assert.InRange(html.Length, incidents * 2_000, incidents * 10_000);
    }

    [Fact]
    public void Browser_expectations_are_what_the_library_says_of_the_seed_report()
    {
        var report = SeedAnalysis.Outcome;
        var disputes = DisputeAnalyzer.Analyze(report);
        var graphs = AccusationGraph.ByIncident(report);
        var whole = AccusationGraph.Of(report);
        var expected = new BrowserExpectations(
            disputes.Incidents.Count,
            disputes.Disputes.Count,
            graphs.Sum(g => g.Nodes.Count),
            graphs.Sum(g => g.Edges.Count),
            disputes.Incidents.Sum(i => i.Figures.Count),
            whole.Nodes.Count,
            whole.Edges.Count);
        var path = RepoFilesPath("tests", "browser", "expected.json");
        var json = JsonSerializer.Serialize(expected, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }).ReplaceLineEndings("\n") + "\n";
        if (Environment.GetEnvironmentVariable("CLAIMMODEL_WRITE_BROWSER_EXPECTATIONS") == "1")
        {
            File.WriteAllText(path, json);
        }

        Assert.True(File.Exists(path) && File.ReadAllText(path).ReplaceLineEndings("\n") == json, $"tests/browser/expected.json is not what the library says; rerun with CLAIMMODEL_WRITE_BROWSER_EXPECTATIONS=1 and review. Expected:\n{json}");
    }

    private static string RepoFilesPath(params string[] parts) => Path.Combine([SeedPaths.RepoRoot, .. parts]);

    /// <summary>A document whose data texts are hostile: the quote, an incident title, a source's outlet and URL.</summary>
    private static ClaimDocument HostileDocument()
    {
        var claim = Claim("c-a10", "konashenkov", "i1", Did("usa")) with
        {
            Reports = [new ClaimModel.Report { Source = "hostile", Quote = new Quote { Exact = Hostile } }],
        };
        Source[] sources =
        [
            Source("src"),
            Source("hostile") with { Outlet = Hostile, Url = "https://example.org/a?b=1&c=\"2\"" },
            Source("script-url") with { Url = "javascript:alert(1)" },
        ];
        var denial = Denial("d-state-dept", "state-dept", "i1", null, "c-a10") with
        {
            Reports = [new ClaimModel.Report { Source = "script-url", Quote = new Quote { Exact = "no" } }],
        };
        return Document([claim], [denial], [Incident("i1") with { Title = Hostile }], sources);
    }

    /// <summary>Per incident: Russia's ministry says the US did it, the State Department denies it and says Russia did,
    /// and two counts of the killed.</summary>
    private static ClaimDocument ManyIncidents(int count)
    {
        var claims = new List<Claim>();
        var denials = new List<Denial>();
        var incidents = new List<Incident>();
        for (var i = 0; i < count; i++)
        {
            var id = "i" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            incidents.Add(Incident(id, time: Day(2016, 2, 1 + (i % 28), "Asia/Damascus", 2)));
            claims.Add(Claim("c-us-" + id, "konashenkov", id, Did("usa"), statedAt: Day(2016, 3, 1, "Europe/Moscow", 3)));
            claims.Add(Claim("c-ru-" + id, "state-dept", id, Did("russia")));
            claims.Add(Claim("c-k1-" + id, "sohr", id, Quantity(Figure("killed", "people", FigureQualifier.Exact, 10 + i, "killed"))));
            claims.Add(Claim("c-k2-" + id, "syria", id, Quantity(Figure("killed", "people", FigureQualifier.Exact, 100 + i, "killed"))));
            denials.Add(Denial("d-" + id, "state-dept", id, null, "c-us-" + id));
        }

        return Document(claims, denials, incidents);
    }

    private sealed record BrowserExpectations(int Incidents, int DisputeCards, int GraphNodes, int GraphEdges, int FigureRows, int WholeGraphNodes, int WholeGraphEdges);
}
