using System.Text.RegularExpressions;
using ClaimModel.Disputes;
using ClaimModel.Reporting;
using ClaimModel.Tests.SeedReport;

namespace ClaimModel.Tests.Reporting;

/// <summary>The Markdown report's table of incidents: the same rows as the HTML report's, each linked to its section.</summary>
public partial class MarkdownOverviewTests
{
    [Fact]
    public void The_markdown_table_has_a_row_per_incident_each_linked_to_an_anchor_at_its_heading()
    {
        var markdown = ReportMarkdownWriter.Write(SeedAnalysis.Outcome, ReportDetail.Disputes);
        var disputes = DisputeAnalyzer.Analyze(SeedAnalysis.Outcome);

        var links = LinkPattern().Matches(markdown).Select(m => m.Groups[1].Value).ToList();
        var anchors = AnchorPattern().Matches(markdown).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(disputes.Incidents.Count, links.Count);
        Assert.Equal(links, anchors);
        Assert.Equal(links.Count, links.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("| [Bombing in Aleppo, Wednesday 10 Feb 2016 (two hospitals hit, per the Pentagon)](#incident-aleppo-bombing-2016-02-10) | Wednesday | perpetrator: contested, presence (russia): contested, presence (us-led-coalition): denied-by-accused | aircraft, hospitals-hit, objects-struck, people-without-access-to-assistance |\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_and_markdown_tables_link_the_same_anchors_in_the_same_order()
    {
        var markdown = ReportMarkdownWriter.Write(SeedAnalysis.Outcome);
        var html = ReportHtmlWriter.Write(SeedAnalysis.Outcome);

        Assert.Equal(
            LinkPattern().Matches(markdown).Select(m => m.Groups[1].Value),
            HtmlLinkPattern().Matches(html).Select(m => m.Groups[1].Value));
    }

    [GeneratedRegex(@"^\| \[[^\n]*?\]\(#([^)]+)\) \|", RegexOptions.Multiline)]
    private static partial Regex LinkPattern();

    [GeneratedRegex("<a id=\"([^\"]+)\"></a>")]
    private static partial Regex AnchorPattern();

    [GeneratedRegex("<tr><td><a href=\"#([^\"]+)\">")]
    private static partial Regex HtmlLinkPattern();
}
