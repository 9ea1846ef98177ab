using System.Globalization;
using ClaimModel.Validation;
using static ClaimModel.Tests.Validation.ValidDocument;

namespace ClaimModel.Tests.Validation;

/// <summary>Crafted hostile documents: validation reports exactly these issues and never throws.</summary>
public class HostileDocumentTests
{
    private const string E = ErrorCodes.ElementNull;
    private const string R = ErrorCodes.Required;

    [Fact]
    public void Null_document_is_one_issue()
    {
        var outcome = ClaimValidation.Validate(null!);
        Assert.Equal([(ErrorCodes.DocumentNull, "", (string?)null)], outcome.Issues.Select(i => (i.Code, i.Path, i.Value)));
    }

    [Fact]
    public void Null_element_in_every_top_level_array_is_reported_in_document_order() =>
        IssueAssert.Exactly(
            new ClaimDocument { Actors = [null!], Sources = [null!], Incidents = [null!], Claims = [null!], Denials = [null!] },
            (E, "actors[0]", null), (E, "sources[0]", null), (E, "incidents[0]", null), (E, "claims[0]", null), (E, "denials[0]", null));

    [Fact]
    public void Null_required_members_of_every_record_are_reported()
    {
        var document = new ClaimDocument
        {
            Actors = [new Actor { Id = null!, Name = null!, Kind = ActorKind.State }],
            Sources = [new Source { Id = null!, Kind = SourceKind.Ngo, Outlet = null! }],
            Incidents = [new Incident { Id = null!, Kind = IncidentKind.Other, Title = null!, Place = new Place { Name = null!, Precision = PlacePrecision.City } }],
            Claims = [new Claim { Id = null!, Claimant = null!, Statements = [null!], Reports = default }],
            Denials = [new Denial { Id = null!, Claimant = null!, Reports = [new Report { Source = null!, Quote = null! }] }],
        };
        IssueAssert.Exactly(
            document,
            (R, "actors[0].id", null),
            (ErrorCodes.ActorNameOrDescription, "actors[0].name", null),
            (R, "sources[0].id", null),
            (R, "sources[0].outlet", null),
            (R, "incidents[0].id", null),
            (R, "incidents[0].title", null),
            (R, "incidents[0].place.name", null),
            (R, "claims[0].id", null),
            (R, "claims[0].claimant", null),
            (E, "claims[0].statements[0]", null),
            (ErrorCodes.ReportsEmpty, "claims[0].reports", "[]"),
            (R, "denials[0].id", null),
            (R, "denials[0].claimant", null),
            (ErrorCodes.DenialEmpty, "denials[0]", null),
            (R, "denials[0].reports[0].source", null),
            (R, "denials[0].reports[0].quote", null));
    }

    [Fact]
    public void Null_elements_inside_nested_arrays_are_reported()
    {
        var document = Document with
        {
            Actors = [Russia, Ministry with { Aliases = [null!], Affiliations = [null!] }, Usa],
            Incidents = [Bombing with { Targets = [null!] }],
            Claims = [A10Claim with { Statements = [new ResponsibilityStatement { Actors = ["usa"], Targets = [null!] }], Reports = [IbtReport with { Via = [null!] }, null!] }],
            Denials = [UsaDenial with { DeniedClaims = [null!] }],
        };
        IssueAssert.Exactly(
            document,
            (E, "actors[1].aliases[0]", null),
            (E, "actors[1].affiliations[0]", null),
            (E, "incidents[0].targets[0]", null),
            (E, "claims[0].statements[0].targets[0]", null),
            (E, "claims[0].reports[0].via[0]", null),
            (E, "claims[0].reports[1]", null),
            (E, "denials[0].deniedClaims[0]", null));
    }

    [Fact]
    public void Null_statements_and_null_members_of_statements_are_reported() =>
        IssueAssert.Exactly(
            Document with
            {
                Claims =
                [
                    A10Claim with { Statements = [new PresenceStatement { Actors = [null!], Present = true }] },
                    A10Claim with { Id = "c-2", Statements = [new QuantityStatement { Figure = new Figure { Measure = null!, Unit = null!, Qualifier = FigureQualifier.Exact, Text = null! } }] },
                    A10Claim with { Id = "c-3", Statements = [new TargetStatement { Targets = default }] },
                ],
                Denials = [UsaDenial with { Statement = null, DeniedClaims = default }],
            },
            (E, "claims[0].statements[0].actors[0]", null),
            (R, "claims[1].statements[0].figure.measure", null),
            (R, "claims[1].statements[0].figure.unit", null),
            (ErrorCodes.FigureValueMissing, "claims[1].statements[0].figure.value", null),
            (R, "claims[1].statements[0].figure.text", null),
            (R, "claims[2].statements[0].targets", "[]"),
            (ErrorCodes.DenialEmpty, "denials[0]", null));

    [Fact]
    public void Duplicate_ids_within_and_across_collections_are_reported_at_every_repeat() =>
        IssueAssert.Exactly(
            Document with
            {
                Actors = [Russia, Ministry, Usa, Usa],
                Incidents = [Bombing, Bombing with { Id = "c-a10" }],
                Claims = [A10Claim, A10Claim, Presence with { Id = "usa" }],
            },
            (ErrorCodes.IdDuplicate, "actors[3].id", "usa"),
            (ErrorCodes.IdDuplicate, "claims[0].id", "c-a10"),
            (ErrorCodes.IdDuplicate, "claims[1].id", "c-a10"),
            (ErrorCodes.IdDuplicate, "claims[2].id", "usa"),
            (ErrorCodes.ReferenceWrongKind, "denials[0].deniedClaims[0]", "c-a10"));

    [Fact]
    public void Same_record_instance_repeated_is_a_duplicate_not_a_crash()
    {
        var russia = Russia;
        IssueAssert.Exactly(
            Document with { Actors = [russia, Ministry, Usa, russia, russia] },
            (ErrorCodes.IdDuplicate, "actors[3].id", "russia"),
            (ErrorCodes.IdDuplicate, "actors[4].id", "russia"));
    }

    [Fact]
    public void Dangling_references_everywhere_are_each_reported()
    {
        var document = new ClaimDocument
        {
            Actors = [new Actor { Id = "a", Name = "A", Kind = ActorKind.Person, Affiliations = [new Affiliation { Actor = "x1", Relation = AffiliationRelation.OfficialOf }] }],
            Sources = [new Source { Id = "s", Kind = SourceKind.Ngo, Outlet = "S", AffiliatedActor = "x2" }],
            Incidents = [new Incident { Id = "i", Kind = IncidentKind.Other, Title = "I", PartOf = "x3" }],
            Claims =
            [
                new Claim
                {
                    Id = "c",
                    Claimant = "x4",
                    Incident = "x5",
                    Statements = [new QuantityStatement { Figure = MilesFigure, Subject = "x6" }],
                    Reports = [new Report { Source = "x7", Via = ["x8"], Quote = new Quote { Exact = "q" } }],
                },
            ],
            Denials = [new Denial { Id = "d", Claimant = "a", DeniedClaims = ["x9"], Statement = new PresenceStatement { Actors = ["x10"], Present = true }, Reports = [new Report { Source = "s", Quote = new Quote { Exact = "q" } }] }],
        };
        const string D = ErrorCodes.ReferenceDangling;
        IssueAssert.Exactly(
            document,
            (D, "actors[0].affiliations[0].actor", "x1"),
            (D, "sources[0].affiliatedActor", "x2"),
            (D, "incidents[0].partOf", "x3"),
            (D, "claims[0].claimant", "x4"),
            (D, "claims[0].incident", "x5"),
            (D, "claims[0].statements[0].subject", "x6"),
            (D, "claims[0].reports[0].source", "x7"),
            (D, "claims[0].reports[0].via[0]", "x8"),
            (D, "denials[0].deniedClaims[0]", "x9"),
            (D, "denials[0].statement.actors[0]", "x10"));
    }

    [Fact]
    public void Affiliation_cycles_of_length_one_two_and_three_are_each_reported_once_with_their_path()
    {
        var document = new ClaimDocument
        {
            Actors =
            [
                Actor("self", "self"),
                Actor("a", "b"), Actor("b", "a"),
                Actor("x", "y"), Actor("y", "z"), Actor("z", "x"),
                Actor("leaf", "x"),
            ],
        };
        var outcome = ClaimValidation.Validate(document);
        Assert.Equal(
            [
                ("actors[0].affiliations[0].actor", "self", "closes an affiliation cycle (affiliations must form a hierarchy): self → self"),
                ("actors[2].affiliations[0].actor", "a", "closes an affiliation cycle (affiliations must form a hierarchy): a → b → a"),
                ("actors[5].affiliations[0].actor", "x", "closes an affiliation cycle (affiliations must form a hierarchy): x → y → z → x"),
            ],
            outcome.Issues.Select(i => (i.Path, i.Value, i.Message)));
        Assert.All(outcome.Issues, i => Assert.Equal(ErrorCodes.AffiliationCycle, i.Code));
    }

    [Fact]
    public void PartOf_cycles_of_length_one_two_and_three_are_each_reported_once_with_their_path()
    {
        var document = new ClaimDocument
        {
            Incidents =
            [
                Incident("self", "self"),
                Incident("a", "b"), Incident("b", "a"),
                Incident("tail", "x"),
                Incident("x", "y"), Incident("y", "z"), Incident("z", "x"),
            ],
        };
        var outcome = ClaimValidation.Validate(document);
        Assert.Equal(
            [
                ("incidents[0].partOf", "self", "closes a partOf cycle (an incident cannot be part of itself): self → self"),
                ("incidents[2].partOf", "a", "closes a partOf cycle (an incident cannot be part of itself): a → b → a"),
                ("incidents[6].partOf", "x", "closes a partOf cycle (an incident cannot be part of itself): x → y → z → x"),
            ],
            outcome.Issues.Select(i => (i.Path, i.Value, i.Message)));
        Assert.All(outcome.Issues, i => Assert.Equal(ErrorCodes.PartOfCycle, i.Code));
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public void Affiliation_chain_of_100000_actors_is_valid_and_closing_it_is_one_cycle()
    {
        const int Length = 100_000;
        var actors = new Actor[Length];
        for (var i = 0; i < Length; i++)
        {
            actors[i] = i + 1 < Length ? Actor(Id(i), Id(i + 1)) : new Actor { Id = Id(i), Name = "n", Kind = ActorKind.Person };
        }

        IssueAssert.Valid(new ClaimDocument { Actors = actors });

        actors[^1] = Actor(Id(Length - 1), Id(0));
        var outcome = ClaimValidation.Validate(new ClaimDocument { Actors = actors });
        var issue = Assert.Single(outcome.Issues);
        Assert.Equal((ErrorCodes.AffiliationCycle, "actors[99999].affiliations[0].actor", "n0"), (issue.Code, issue.Path, issue.Value));
        Assert.Equal("closes an affiliation cycle (affiliations must form a hierarchy): n0 → n1 → n2 → n3 → n4 → n5 → n6 → n7 → n8 → n9 → n10 → n11 → n12 → n13 → n14 → n15 → n16 → n17 → n18 → n19 → n20 → n21 → n22 → n23 → n24 → n25 → n26 → n27 → n28 → n29 → n30 → n31 → … (99937 more) … → n99969 → n99970 → n99971 → n99972 → n99973 → n99974 → n99975 → n99976 → n99977 → n99978 → n99979 → n99980 → n99981 → n99982 → n99983 → n99984 → n99985 → n99986 → n99987 → n99988 → n99989 → n99990 → n99991 → n99992 → n99993 → n99994 → n99995 → n99996 → n99997 → n99998 → n99999 → n0", issue.Message);
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public void PartOf_chain_of_100000_incidents_is_valid_and_closing_it_is_one_cycle()
    {
        const int Length = 100_000;
        var incidents = new Incident[Length];
        for (var i = 0; i < Length; i++)
        {
            incidents[i] = Incident(Id(i), i + 1 < Length ? Id(i + 1) : null);
        }

        IssueAssert.Valid(new ClaimDocument { Incidents = incidents });

        incidents[^1] = Incident(Id(Length - 1), Id(0));
        IssueAssert.Single(new ClaimDocument { Incidents = incidents }, ErrorCodes.PartOfCycle, "incidents[99999].partOf", "n0");
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public void Strings_of_50_MB_are_checked_and_their_values_cut()
    {
        var huge = new string('A', 50 * 1024 * 1024);
        var document = Document with
        {
            Actors = [Russia, Ministry, Usa, Russia with { Id = huge, Name = huge }],
            Sources = [Article with { Text = huge }, Rt],
        };
        var outcome = ClaimValidation.Validate(document);
        var cut = new string('A', 199) + "…";
        Assert.Equal(
            [
                (ErrorCodes.IdSyntax, "actors[3].id", cut),
                (ErrorCodes.QuoteNotFound, "claims[0].reports[0].quote", "two American A-10 aircraft"),
                (ErrorCodes.QuoteNotFound, "claims[1].reports[0].quote", "two American A-10 aircraft"),
                (ErrorCodes.QuoteNotFound, "denials[0].reports[0].quote", "Aleppo"),
            ],
            outcome.Issues.Select(i => (i.Code, i.Path, i.Value)));
    }

    [Fact]
    public void Extreme_numbers_and_positions_are_issues_not_exceptions() =>
        IssueAssert.Exactly(
            Document with
            {
                Incidents = [Bombing with { Place = Bombing.Place! with { Coordinates = new GeoPoint { Latitude = double.NegativeInfinity, Longitude = double.MaxValue } }, Time = new TimeSpec { Start = DateTimeOffset.MaxValue, End = DateTimeOffset.MinValue, Precision = (TimePrecision)int.MinValue } }],
                Claims = [A10Claim with { Reports = [IbtReport with { Quote = new Quote { Exact = "Aleppo", Start = int.MaxValue, End = int.MinValue } }] }, Presence with { Statements = [new PresenceStatement { Actors = ["russia"], Present = false, Within = MilesFigure with { Value = decimal.MaxValue, Qualifier = FigureQualifier.Between, UpperValue = decimal.MinValue } }] }],
            },
            (ErrorCodes.CoordinateRange, "incidents[0].place.coordinates.latitude", "-Infinity"),
            (ErrorCodes.CoordinateRange, "incidents[0].place.coordinates.longitude", double.MaxValue.ToString("R", CultureInfo.InvariantCulture)),
            (ErrorCodes.TimeEndBeforeStart, "incidents[0].time.end", "0001-01-01T00:00:00.0000000+00:00"),
            (ErrorCodes.EnumUndefined, "incidents[0].time.precision", "-2147483648"),
            (ErrorCodes.QuotePosition, "claims[0].reports[0].quote.end", "-2147483648"),
            (ErrorCodes.FigureNegative, "claims[1].statements[0].within.upperValue", "-79228162514264337593543950335"));

    [Fact]
    public void Quote_positions_beyond_a_short_text_are_a_mismatch() =>
        IssueAssert.Single(
            WithQuote(new Quote { Exact = "Aleppo", Start = int.MaxValue - 10, End = int.MaxValue - 4 }),
            ErrorCodes.QuotePositionMismatch,
            "claims[0].reports[0].quote.start",
            "2147483637");

    [Fact]
    public void Hostile_time_zone_texts_are_unknown_zones()
    {
        string[] zones = ["", " ", new string('x', 100_000), "/etc/localtime", "Europe/../../../etc/passwd", "Europe/Moscow\0", "europe/moscow\u0301"];
        var claims = zones.Select((zone, i) => A10Claim with { Id = "c" + i.ToString(CultureInfo.InvariantCulture), StatedAt = new TimeSpec { Relative = new RelativeDay { Offset = 0 }, Precision = TimePrecision.Day, TimeZone = zone } }).ToArray();
        var outcome = ClaimValidation.Validate(Document with { Claims = claims, Denials = [] });
        Assert.Equal(
            zones.Select((_, i) => (ErrorCodes.TimeZoneUnknown, $"claims[{i}].statedAt.timeZone")),
            outcome.Issues.Select(i => (i.Code, i.Path)));
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public void Ten_thousand_claims_with_problems_are_all_reported_in_document_order()
    {
        var claims = Enumerable.Range(0, 10_000).Select(i => A10Claim with { Id = "c" + i.ToString(CultureInfo.InvariantCulture), Claimant = "ghost" }).ToArray();
        var outcome = ClaimValidation.Validate(Document with { Claims = claims, Denials = [] });
        Assert.Equal(
            Enumerable.Range(0, 10_000).Select(i => $"claims[{i}].claimant"),
            outcome.Issues.Select(i => i.Path));
    }

    private static string Id(int i) => "n" + i.ToString(CultureInfo.InvariantCulture);

    private static Actor Actor(string id, string parent) =>
        new() { Id = id, Name = id, Kind = ActorKind.Person, Affiliations = [new Affiliation { Actor = parent, Relation = AffiliationRelation.MemberOf }] };

    private static Incident Incident(string id, string? partOf) =>
        new() { Id = id, Kind = IncidentKind.Airstrike, Title = id, PartOf = partOf };
}
