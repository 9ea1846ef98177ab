using System.Globalization;

namespace ClaimModel.Synthetic;

/// <summary>
/// A deterministic corpus of incidents that many voices accuse one another over: the shape that turns a modest
/// number of claims into millions of pairwise findings (the default, 300,000 claims over 5,000 incidents, makes
/// 2,000,000 conflicting-responsibility pairs), while an analyst names a handful of disputes per incident.
/// </summary>
/// <remarks>
/// <para>Per incident: <see cref="Accusations"/> responsibility claims, half by officials of side A blaming side
/// B and half by officials of side B blaming side A (each half's pairs across the sides conflict: (n/2)² findings);
/// one denial by each accused side's ministry (denying it carried out the incident); the rest of the incident's
/// claims are casualty counts that agree (the same figure), so they add claims, not findings.</para>
/// <para>Sides rotate over <see cref="SideCount"/> states so incidents differ; every claim is reported by one of
/// <see cref="OutletCount"/> outlets. Ids and texts are invariant, so the same arguments give an equal document
/// on every machine.</para>
/// </remarks>
public static class FanOutCorpus
{
    /// <summary>Responsibility claims per incident (the accusations).</summary>
    public const int Accusations = 40;

    /// <summary>Claims per incident when none is given: 40 accusations and 20 agreeing counts.</summary>
    public const int DefaultClaimsPerIncident = 60;

    /// <summary>The states the sides rotate over.</summary>
    public const int SideCount = 6;

    /// <summary>Officials who speak for each state.</summary>
    public const int OfficialsPerSide = 25;

    /// <summary>The outlets that report the claims.</summary>
    public const int OutletCount = 20;

    /// <summary>The conflicting-responsibility findings the corpus makes: (accusations / 2)² per incident.</summary>
    /// <param name="incidents">The number of incidents.</param>
    public static long ExpectedConflicts(int incidents) => (long)incidents * (Accusations / 2) * (Accusations / 2);

    /// <summary>Generates the corpus.</summary>
    /// <param name="incidents">Incidents (5,000 for the benchmark's 300,000 claims).</param>
    /// <param name="claimsPerIncident">Claims per incident, at least <see cref="Accusations"/>.</param>
    public static ClaimDocument Generate(int incidents = 5_000, int claimsPerIncident = DefaultClaimsPerIncident)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(incidents, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(claimsPerIncident, Accusations);

        var actors = new List<Actor>();
        for (var side = 0; side < SideCount; side++)
        {
            var state = State(side);
            actors.Add(new Actor { Id = state, Name = "State " + Letter(side), Kind = ActorKind.State });
            actors.Add(new Actor
            {
                Id = Ministry(side), Name = "Defence ministry of state " + Letter(side), Kind = ActorKind.Ministry,
                Affiliations = [new Affiliation { Actor = state, Relation = AffiliationRelation.PartOf }],
            });
            for (var official = 0; official < OfficialsPerSide; official++)
            {
                actors.Add(new Actor
                {
                    Id = Official(side, official), Name = Invariant($"Official {official} of state {Letter(side)}"), Kind = ActorKind.Person,
                    Affiliations = [new Affiliation { Actor = state, Relation = AffiliationRelation.OfficialOf }],
                });
            }
        }

        var sources = new List<Source>(OutletCount);
        for (var outlet = 0; outlet < OutletCount; outlet++)
        {
            sources.Add(new Source { Id = Invariant($"outlet-{outlet}"), Kind = SourceKind.NewsOutlet, Outlet = Invariant($"Outlet {outlet}") });
        }

        var incidentList = new List<Incident>(incidents);
        var claims = new List<Claim>(incidents * claimsPerIncident);
        var denials = new List<Denial>(incidents * 2);
        for (var i = 0; i < incidents; i++)
        {
            var incident = Invariant($"inc-{i}");
            var (a, b) = (i % SideCount, (i + 1 + (i / SideCount % (SideCount - 1))) % SideCount);
            incidentList.Add(new Incident
            {
                Id = incident, Kind = IncidentKind.Airstrike, Title = Invariant($"Strike {i}"),
                Place = new Place { Name = Invariant($"Town {i % 500}"), Precision = PlacePrecision.City },
            });
            for (var k = 0; k < claimsPerIncident; k++)
            {
                var id = Invariant($"c-{i}-{k}");
                var (speaker, blamed) = k % 2 == 0 ? (a, b) : (b, a);
                Statement statement = k < Accusations
                    ? new ResponsibilityStatement { Actors = [State(blamed)] }
                    : new QuantityStatement { Figure = new Figure { Measure = "killed", Unit = "people", Qualifier = FigureQualifier.Exact, Value = 12, Text = "12 people" } };
                claims.Add(new Claim
                {
                    Id = id,
                    Claimant = Official(speaker, (k / 2 + i) % OfficialsPerSide),
                    Incident = incident,
                    Statements = [statement],
                    Reports = [new Report { Source = Invariant($"outlet-{(i + k) % OutletCount}"), Quote = new Quote { Exact = Invariant($"quote of {id}") } }],
                });
            }

            foreach (var accused in new[] { a, b })
            {
                var id = Invariant($"d-{i}-{Letter(accused)}");
                denials.Add(new Denial
                {
                    Id = id,
                    Claimant = Ministry(accused),
                    Incident = incident,
                    Statement = new ResponsibilityStatement { Actors = [State(accused)] },
                    Reports = [new Report { Source = Invariant($"outlet-{i % OutletCount}"), Quote = new Quote { Exact = Invariant($"quote of {id}") } }],
                });
            }
        }

        return new ClaimDocument
        {
            Actors = ValueList.From(actors),
            Sources = ValueList.From(sources),
            Incidents = ValueList.From(incidentList),
            Claims = ValueList.From(claims),
            Denials = ValueList.From(denials),
        };
    }

    private static string State(int side) => "state-" + Letter(side);

    private static string Ministry(int side) => "mod-" + Letter(side);

    private static string Official(int side, int official) => Invariant($"official-{Letter(side)}-{official}");

    private static string Letter(int side) => ((char)('a' + side)).ToString();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
