namespace ClaimModel.Benchmarks;

/// <summary>Documents that pass validation and used to cost the engine quadratic time or unbounded memory: claims
/// that agree in one incident (the same figure, the same perpetrator), a long affiliation chain, and inputs whose
/// findings do not fit in memory. Deterministic; built directly, not generated.</summary>
public static class HostileCorpus
{
    /// <summary>The names of the cases <see cref="Build"/> knows.</summary>
    public static readonly string[] Cases = ["agreeing-figures", "agreeing-perpetrators", "chain-one-claim", "conflicting-sides", "denials-by-statement", "chain-absences", "agreeing-targets", "agreeing-presence"];

    /// <summary>Builds case <paramref name="name"/> of size <paramref name="n"/>.</summary>
    /// <param name="name">One of <see cref="Cases"/>.</param>
    /// <param name="n">The size: claims for the bucket cases, the chain length for the chain cases.</param>
    public static ClaimDocument Build(string name, int n) => name switch
    {
        "agreeing-figures" => AgreeingFigures(n),
        "agreeing-perpetrators" => AgreeingPerpetrators(n),
        "chain-one-claim" => ChainOneClaim(n),
        "conflicting-sides" => ConflictingSides(n),
        "denials-by-statement" => DenialsByStatement(n),
        "chain-absences" => ChainAbsences(n),
        "agreeing-targets" => AgreeingTargets(n),
        "agreeing-presence" => AgreeingPresence(n),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown hostile case"),
    };

    /// <summary><paramref name="n"/> claims in one incident, each saying 12 people were killed.</summary>
    public static ClaimDocument AgreeingFigures(int n) => Document(
        Actors("state-a", "ngo"),
        Enumerable.Range(0, n).Select(i => Claim(i, i % 2 == 0 ? "state-a" : "ngo", new QuantityStatement
        {
            Figure = new Figure { Measure = "killed", Unit = "people", Qualifier = FigureQualifier.Exact, Value = 12, Text = "12 people" },
        })));

    /// <summary><paramref name="n"/> claims in one incident, each saying state-a did it.</summary>
    public static ClaimDocument AgreeingPerpetrators(int n) => Document(
        Actors("state-a", "ngo"),
        Enumerable.Range(0, n).Select(i => Claim(i, i % 2 == 0 ? "state-a" : "ngo", new ResponsibilityStatement { Actors = ["state-a"] })));

    /// <summary>A chain of <paramref name="n"/> actors (a-0 part of a-1 … part of a-(n−1)) and one claim that a-0 did it.</summary>
    public static ClaimDocument ChainOneClaim(int n) => Document(
        Chain(n),
        [Claim(0, "ngo", new ResponsibilityStatement { Actors = [Link(0)] })]);

    /// <summary><paramref name="n"/> claims in one incident, half saying state-a did it, half (of state-a) saying
    /// state-b did it: n²/4 conflicting-responsibility findings.</summary>
    public static ClaimDocument ConflictingSides(int n) => Document(
        Actors("state-a", "state-b"),
        Enumerable.Range(0, n).Select(i => Claim(i, i % 2 == 0 ? "state-b" : "state-a", new ResponsibilityStatement { Actors = [i % 2 == 0 ? "state-a" : "state-b"] })));

    /// <summary><paramref name="n"/> claims that state-a did it and <paramref name="n"/> denials of that statement
    /// by state-a, all in one incident: n² denial findings.</summary>
    public static ClaimDocument DenialsByStatement(int n) => Document(
        Actors("state-a", "ngo"),
        Enumerable.Range(0, n).Select(i => Claim(i, "ngo", new ResponsibilityStatement { Actors = ["state-a"] })),
        Enumerable.Range(0, n).Select(i => new Denial
        {
            Id = "d" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Claimant = "state-a",
            Incident = "i1",
            Statement = new ResponsibilityStatement { Actors = ["state-a"] },
            Reports = Reports(),
        }));

    /// <summary>A chain of <paramref name="n"/> actors, a claim that each was not there and a claim that each did it:
    /// 2n claims, n(n+1)/2 presence findings (an act of a-i contradicts the absence of every a-j above it).</summary>
    public static ClaimDocument ChainAbsences(int n) => Document(
        Chain(n),
        Enumerable.Range(0, n).SelectMany(i => new[]
        {
            Claim(2 * i, "ngo", new PresenceStatement { Actors = [Link(i)], Present = false }),
            Claim((2 * i) + 1, "ngo", new ResponsibilityStatement { Actors = [Link(i)] }),
        }));

    /// <summary><paramref name="n"/> claims in one incident from two sides, each saying only a hospital was hit: target
    /// accounts that agree (no finding), compared pair by pair before they were grouped by answer.</summary>
    public static ClaimDocument AgreeingTargets(int n) => Document(
        Actors("state-a", "ngo"),
        Enumerable.Range(0, n).Select(i => Claim(i, i % 2 == 0 ? "state-a" : "ngo", new TargetStatement
        {
            Targets = [new Target { Kind = TargetKind.Hospital }],
            Scope = TargetScope.Only,
        })));

    /// <summary><paramref name="n"/> claims in one incident from two sides, each saying state-a's forces were there, and
    /// as many saying state-b's were not within 10 km: presence accounts that agree with each other (no finding).</summary>
    public static ClaimDocument AgreeingPresence(int n) => Document(
        Actors("state-a", "state-b", "ngo"),
        Enumerable.Range(0, n).Select(i => Claim(i, i % 2 == 0 ? "state-a" : "ngo", i % 4 < 2
            ? new PresenceStatement { Actors = ["state-a"], Present = true }
            : new PresenceStatement
            {
                Actors = ["state-b"],
                Present = false,
                Within = new Figure { Measure = "distance", Unit = "km", Qualifier = FigureQualifier.Exact, Value = 10, Text = "10 km" },
            })));

    /// <summary>A source whose text has <paramref name="megabytes"/> million characters of words and
    /// <paramref name="quotes"/> claims quoting it, every quote absent from the text (each fails validation with
    /// quote-not-found after a search of the whole text) — and one present quote.</summary>
    public static ClaimDocument AbsentQuotes(int megabytes, int quotes)
    {
        var text = Words(megabytes * 1_000_000);
        var document = Document(
            Actors("state-a", "ngo"),
            Enumerable.Range(0, quotes + 1).Select(i => Claim(i, "ngo", new ResponsibilityStatement { Actors = ["state-a"] }) with
            {
                Reports = [new Report
                {
                    Source = "src",
                    Quote = new Quote { Exact = i == quotes ? text.Substring(text.Length / 2, 30) : "an absent quote, number " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                }],
            }));
        return document with { Sources = [document.Sources[0] with { Text = text }] };
    }

    /// <summary>Lowercase words of 1–9 letters, deterministic.</summary>
    private static string Words(int length)
    {
        var random = new Random(42);
        var text = new System.Text.StringBuilder(length + 10);
        while (text.Length < length)
        {
            for (var i = random.Next(1, 10); i > 0; i--)
            {
                text.Append((char)('a' + random.Next(26)));
            }

            text.Append(' ');
        }

        return text.ToString(0, length);
    }

    private static string Link(int i) => "a-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<Actor> Chain(int n)
    {
        for (var i = 0; i < n; i++)
        {
            yield return new Actor
            {
                Id = Link(i),
                Name = Link(i),
                Kind = ActorKind.MilitaryUnit,
                Affiliations = i + 1 < n ? [new Affiliation { Actor = Link(i + 1), Relation = AffiliationRelation.PartOf }] : [],
            };
        }

        yield return new Actor { Id = "ngo", Name = "ngo", Kind = ActorKind.Ngo };
    }

    private static IEnumerable<Actor> Actors(params string[] ids) =>
        ids.Select(id => new Actor { Id = id, Name = id, Kind = id.StartsWith("ngo", StringComparison.Ordinal) ? ActorKind.Ngo : ActorKind.State });

    private static ValueList<Report> Reports() => [new Report { Source = "src", Quote = new Quote { Exact = "quote" } }];

    private static Claim Claim(int i, string claimant, Statement statement) => new()
    {
        Id = "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Claimant = claimant,
        Incident = "i1",
        Statements = [statement],
        Modality = Modality.Asserted,
        Reports = Reports(),
    };

    private static ClaimDocument Document(IEnumerable<Actor> actors, IEnumerable<Claim> claims, IEnumerable<Denial>? denials = null) => new()
    {
        Actors = ValueList.From(actors),
        Sources = [new Source { Id = "src", Kind = SourceKind.NewsOutlet, Outlet = "Outlet" }],
        Incidents = [new Incident { Id = "i1", Kind = IncidentKind.Airstrike, Title = "Incident", Place = new Place { Name = "Aleppo", Precision = PlacePrecision.City } }],
        Claims = ValueList.From(claims),
        Denials = ValueList.From(denials ?? []),
    };
}
