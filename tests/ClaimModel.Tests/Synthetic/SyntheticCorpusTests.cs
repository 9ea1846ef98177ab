using ClaimModel.Synthetic;

namespace ClaimModel.Tests.Synthetic;

public sealed class SyntheticCorpusTests(SyntheticCorpusFixture fixture) : IClassFixture<SyntheticCorpusFixture>
{
    private ClaimDocument Document => fixture.Document;

    [Fact]
    public void Generator_is_deterministic_for_a_seed()
    {
        var first = SyntheticCorpus.GenerateWithPlan(new SyntheticCorpusOptions { Claims = 3_000, Seed = 7 });
        var second = SyntheticCorpus.GenerateWithPlan(new SyntheticCorpusOptions { Claims = 3_000, Seed = 7 });

        Assert.Equal(first.Document, second.Document);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Default_seed_is_42()
    {
        Assert.Equal(SyntheticCorpus.Generate(500, 42), SyntheticCorpus.Generate(500));
    }

    [Fact]
    public void Different_seeds_give_different_documents()
    {
        var first = SyntheticCorpus.Generate(1_000, 1);
        var second = SyntheticCorpus.Generate(1_000, 2);

        Assert.NotEqual(first, second);
        Assert.NotEqual(first.Claims, second.Claims);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(17)]
    [InlineData(1_000)]
    public void Generator_makes_exactly_the_requested_number_of_claims(int claims)
    {
        Assert.Equal(claims, SyntheticCorpus.Generate(claims).Claims.Count);
    }

    [Fact]
    public void Generator_rejects_a_size_below_one()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticCorpus.Generate(0));
    }

    [Fact]
    public void Denial_rate_is_about_ten_percent_at_10k()
    {
        var rate = (double)Document.Denials.Count / Document.Claims.Count;

        Assert.InRange(rate, 0.085, 0.12);
        Assert.Contains(Document.Denials, d => !d.DeniedClaims.IsEmpty && d.Statement is null);
        Assert.Contains(Document.Denials, d => d.DeniedClaims.IsEmpty && d.Statement is not null);
        Assert.Contains(Document.Denials, d => !d.DeniedClaims.IsEmpty && d.Statement is not null);
    }

    [Fact]
    public void Every_statement_kind_is_present_at_10k()
    {
        var kinds = Document.Claims.Select(c => c.Statements[0].Kind).ToHashSet();

        Assert.Equal(Enum.GetValues<StatementKind>().ToHashSet(), kinds);
    }

    [Fact]
    public void Every_qualifier_vague_word_and_unit_is_present_at_10k()
    {
        var figures = Document.Claims.Select(c => c.Statements[0] switch
        {
            QuantityStatement q => q.Figure,
            PresenceStatement p => p.Within,
            _ => null,
        }).OfType<Figure>().ToList();

        Assert.Equal(Enum.GetValues<FigureQualifier>().ToHashSet(), figures.Select(f => f.Qualifier).ToHashSet());
        Assert.Equal(Enum.GetValues<VagueQuantity>().ToHashSet(), figures.Where(f => f.Vague is not null).Select(f => f.Vague!.Value).ToHashSet());
        Assert.Superset(new HashSet<string> { "people", "sorties", "strikes", "facilities", "mi", "km" }, figures.Select(f => f.Unit).ToHashSet());
        Assert.Contains(figures, f => f.Per == "day");
        Assert.Contains(figures, f => f.Unit == "mi" && f.Value % 1 != 0);
    }

    [Fact]
    public void Times_include_relative_days_parts_of_day_and_every_modality_at_10k()
    {
        var times = Document.Claims.Select(c => c.Statements[0]).OfType<OccurrenceStatement>().Select(o => o.Time).ToList();

        Assert.Contains(times, t => t.Relative?.Offset == -1);
        Assert.Contains(times, t => t.Relative?.Weekday is not null);
        Assert.Contains(times, t => t.PartOfDay is not null);
        Assert.Contains(times, t => t.Precision == TimePrecision.Exact);
        Assert.Equal(Enum.GetValues<Modality>().ToHashSet(), Document.Claims.Select(c => c.Modality).ToHashSet());
    }

    [Fact]
    public void Claims_per_incident_have_a_heavy_tail()
    {
        var sizes = Document.Claims.Where(c => c.Incident is not null).CountBy(c => c.Incident!).Select(p => p.Value).Order().ToList();

        Assert.True(sizes[^1] >= 10 * sizes[sizes.Count / 2], $"largest {sizes[^1]}, median {sizes[sizes.Count / 2]}");
        Assert.True(sizes.Count(s => s == 1) > sizes.Count / 10, "many incidents have a single claim");
    }

    [Fact]
    public void Sides_have_hierarchies_and_coalitions()
    {
        var roots = CorpusSides.RootsByActor(Document);

        Assert.Equal("western-coalition", roots["arvenia-mod-spokesperson-1"]);
        Assert.Equal("falkor", roots["falkor-air-force"]);
        Assert.Contains(Document.Actors, a => a.Affiliations.Any(f => f.Relation == AffiliationRelation.MemberOf));
        Assert.Contains(Document.Actors, a => a.Affiliations.Any(f => f.Relation == AffiliationRelation.SpokespersonFor));
    }

    [Fact]
    public void Reports_go_through_intermediaries()
    {
        var reports = Document.Claims.SelectMany(c => c.Reports.ToArray()).ToList();

        Assert.Contains(reports, r => r.Via.Count == 1);
        Assert.Contains(reports, r => r.Via.Count == 2);
        Assert.Contains(Document.Claims, c => c.Reports.Count > 1);
    }

    [Fact]
    public void Source_texts_are_shared_not_copied_per_source()
    {
        var texts = Document.Sources.Select(s => s.Text).OfType<string>().ToList();

        Assert.True(texts.Count > 100);
        Assert.True(texts.Distinct(ReferenceEqualityComparer.Instance).Count() <= 48);
    }
}
