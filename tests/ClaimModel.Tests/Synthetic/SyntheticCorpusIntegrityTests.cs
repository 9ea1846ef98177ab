using ClaimModel.Synthetic;

namespace ClaimModel.Tests.Synthetic;

/// <summary>The structural invariants a valid document needs, checked directly on the generated corpus.</summary>
public sealed class SyntheticCorpusIntegrityTests(SyntheticCorpusFixture fixture) : IClassFixture<SyntheticCorpusFixture>
{
    private ClaimDocument Document => fixture.Document;

    [Fact]
    public void Ids_are_unique_and_well_formed()
    {
        var ids = Document.Actors.Select(a => a.Id)
            .Concat(Document.Sources.Select(s => s.Id))
            .Concat(Document.Incidents.Select(i => i.Id))
            .Concat(Document.Claims.Select(c => c.Id))
            .Concat(Document.Denials.Select(d => d.Id))
            .ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^[a-z0-9][a-z0-9._-]*$", id));
    }

    [Fact]
    public void Every_reference_resolves()
    {
        var actors = Document.Actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var sources = Document.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var incidents = Document.Incidents.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var claims = Document.Claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        Assert.All(Document.Actors, a => Assert.All(a.Affiliations, f => Assert.Contains(f.Actor, actors)));
        Assert.All(Document.Sources, s => Assert.True(s.AffiliatedActor is null || actors.Contains(s.AffiliatedActor)));
        Assert.All(Document.Incidents, i => Assert.True(i.PartOf is null || incidents.Contains(i.PartOf)));
        foreach (var claim in Document.Claims)
        {
            Assert.Contains(claim.Claimant, actors);
            Assert.True(claim.Incident is null || incidents.Contains(claim.Incident));
            Assert.NotEmpty(claim.Reports);
            AssertStatementReferences(claim.Statements[0], actors);
            Assert.All(claim.Reports, r => AssertReport(r, sources));
        }

        foreach (var denial in Document.Denials)
        {
            Assert.Contains(denial.Claimant, actors);
            Assert.True(denial.Incident is not null && incidents.Contains(denial.Incident));
            Assert.True(!denial.DeniedClaims.IsEmpty || denial.Statement is not null);
            Assert.All(denial.DeniedClaims, id => Assert.Contains(id, claims));
            if (denial.Statement is not null)
            {
                AssertStatementReferences(denial.Statement, actors);
            }

            Assert.All(denial.Reports, r => AssertReport(r, sources));
        }
    }

    [Fact]
    public void Affiliations_are_acyclic_with_parents_listed_first()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in Document.Actors)
        {
            Assert.All(actor.Affiliations, f => Assert.Contains(f.Actor, seen));
            seen.Add(actor.Id);
        }
    }

    [Fact]
    public void Quotes_occur_in_their_source_texts_with_code_point_positions()
    {
        var texts = Document.Sources.ToDictionary(s => s.Id, s => s.Text, StringComparer.Ordinal);
        var quotes = Document.Claims.SelectMany(c => c.Reports.ToArray())
            .Concat(Document.Denials.SelectMany(d => d.Reports.ToArray()))
            .Select(r => (Text: texts[r.Source], r.Quote))
            .DistinctBy(p => (p.Text, p.Quote))
            .ToList();

        Assert.Contains(quotes, q => q.Quote.Start is not null && q.Text!.Contains('\uD83D', StringComparison.Ordinal));
        foreach (var (text, quote) in quotes)
        {
            Assert.NotNull(text);
            var index = text.IndexOf(quote.Exact, StringComparison.Ordinal);
            Assert.True(index >= 0, quote.Exact);
            Assert.Equal(index, text.LastIndexOf(quote.Exact, StringComparison.Ordinal));
            Assert.Contains((quote.Prefix ?? string.Empty) + quote.Exact + (quote.Suffix ?? string.Empty), text, StringComparison.Ordinal);
            if (quote.Start is not null)
            {
                Assert.Equal(CodePoints(text[..index]), quote.Start);
                Assert.Equal(quote.Start + CodePoints(quote.Exact), quote.End);
            }
        }
    }

    [Fact]
    public void Figures_and_times_are_well_formed()
    {
        foreach (var figure in Document.Claims.Select(c => c.Statements[0] switch
                 {
                     QuantityStatement q => q.Figure,
                     PresenceStatement p => p.Within,
                     _ => null,
                 }).OfType<Figure>())
        {
            Assert.Equal(figure.Qualifier == FigureQualifier.Vague, figure.Vague is not null);
            Assert.Equal(figure.Qualifier != FigureQualifier.Vague, figure.Value is not null);
            Assert.Equal(figure.Qualifier == FigureQualifier.Between, figure.UpperValue is not null);
            Assert.True(figure.UpperValue is null || figure.UpperValue > figure.Value);
            Assert.True(figure.Value is null || figure.Value >= 0);
        }

        var zones = Document.Incidents.Select(i => i.Time!)
            .Concat(Document.Claims.Select(c => c.StatedAt).OfType<TimeSpec>())
            .Concat(Document.Sources.Select(s => s.Published).OfType<TimeSpec>());
        foreach (var time in zones)
        {
            Assert.NotNull(time.TimeZone);
            var zone = TimeZoneInfo.FindSystemTimeZoneById(time.TimeZone);
            Assert.True(time.Start is null || zone.GetUtcOffset(time.Start.Value) == time.Start.Value.Offset);
            Assert.True(time.End is null || time.End > time.Start);
        }
    }

    [Fact]
    public void Planted_contradictions_reference_their_records_and_cover_every_kind()
    {
        var result = fixture.Result;
        var claims = Document.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var denials = Document.Denials.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var roots = CorpusSides.RootsByActor(Document);

        Assert.Equal(Enum.GetValues<PlantedContradictionKind>().ToHashSet(), result.Planted.Select(p => p.Kind).ToHashSet());
        Assert.Equal(Document.Denials.Count, result.Planted.Count(p => p.Kind is PlantedContradictionKind.Denial or PlantedContradictionKind.SelfContradiction));
        foreach (var planted in result.Planted)
        {
            var first = claims[planted.First];
            Assert.Equal(planted.Incident, first.Incident);
            string secondClaimant;
            if (planted.Kind is PlantedContradictionKind.Denial or PlantedContradictionKind.SelfContradiction)
            {
                var denial = denials[planted.Second];
                Assert.Equal(planted.Incident, denial.Incident);
                Assert.True(denial.DeniedClaims.Contains(first.Id) || Equals(denial.Statement, first.Statements[0]));
                secondClaimant = denial.Claimant;
            }
            else
            {
                var second = claims[planted.Second];
                Assert.Equal(planted.Incident, second.Incident);
                secondClaimant = second.Claimant;
            }

            var sameSide = roots[first.Claimant] == roots[secondClaimant];
            Assert.Equal(planted.Kind == PlantedContradictionKind.SelfContradiction, sameSide);
        }
    }

    [Fact]
    public void Planted_contradiction_rate_follows_the_option()
    {
        var planted = fixture.Result.Planted.Count(p => p.Kind != PlantedContradictionKind.Denial);

        Assert.InRange(planted, 0.5 * 0.01 * SyntheticCorpusFixture.Claims, 1.5 * 0.01 * SyntheticCorpusFixture.Claims);
        var none = SyntheticCorpus.GenerateWithPlan(new SyntheticCorpusOptions { Claims = 2_000, ContradictionRate = 0, DenialRate = 0 });
        Assert.Empty(none.Planted);
        Assert.Empty(none.Document.Denials);
    }

    [Fact]
    public void Planted_figure_conflicts_differ_far_beyond_rounding()
    {
        var claims = Document.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var planted in fixture.Result.Planted.Where(p => p.Kind == PlantedContradictionKind.FigureConflict))
        {
            var first = ((QuantityStatement)claims[planted.First].Statements[0]).Figure;
            var second = ((QuantityStatement)claims[planted.Second].Statements[0]).Figure;
            Assert.Equal((first.Measure, first.Unit), (second.Measure, second.Unit));
            Assert.True(second.Value >= (first.Value * 2) + 1);
        }
    }

    private static int CodePoints(string text) => text.EnumerateRunes().Count();

    private static void AssertReport(Report report, HashSet<string> sources)
    {
        Assert.Contains(report.Source, sources);
        Assert.All(report.Via, v => Assert.Contains(v, sources));
        Assert.DoesNotContain(report.Source, report.Via);
        Assert.Equal(report.Via.Count, report.Via.Distinct().Count());
    }

    private static void AssertStatementReferences(Statement statement, HashSet<string> actors)
    {
        switch (statement)
        {
            case ResponsibilityStatement r:
                Assert.All(r.Actors, a => Assert.Contains(a, actors));
                break;
            case PresenceStatement p:
                Assert.All(p.Actors, a => Assert.Contains(a, actors));
                break;
            case QuantityStatement { Subject: not null } q:
                Assert.Contains(q.Subject, actors);
                break;
        }
    }
}
