using ClaimModel.Tests.Support;
using ClaimModel.Validation;
using CsCheck;

namespace ClaimModel.Tests.Validation;

/// <summary>Validation never throws and is deterministic, over arbitrary documents and over documents mutated
/// to be hostile (nulls, undefined enums, colliding ids, cycles, quotes against texts).</summary>
public class PropertyTests
{
    private static readonly string[] Pool = ["a", "b", "c"];

    /// <summary>Arbitrary documents with up to 12 hostile mutations each.</summary>
    private static readonly Gen<ClaimDocument> Hostile =
        Gen.Select(ModelGenerators.ClaimDocument, Gen.Int[0, int.MaxValue].Array[0, 12], (document, mutations) =>
        {
            foreach (var mutation in mutations)
            {
                document = Mutate(document, mutation);
            }

            return document;
        });

    [Fact]
    public void Validation_of_arbitrary_documents_never_throws_and_is_deterministic() =>
        ModelGenerators.ClaimDocument.Sample(AssertWellBehaved, iter: 300, threads: 1);

    [Fact]
    public void Validation_of_hostile_documents_never_throws_and_is_deterministic() =>
        Hostile.Sample(AssertWellBehaved, iter: 500, threads: 1);

    [Fact]
    public void Merging_a_document_with_itself_adds_nothing()
    {
        ModelGenerators.ClaimDocument.Sample(
            document =>
            {
                var once = ClaimDocumentMerger.Merge([new("a.json", document)]);
                var twice = ClaimDocumentMerger.Merge([new("a.json", document), new("b.json", document)]);
                Assert.Equal(once.Document, twice.Document);
                Assert.Equal(once.Issues, twice.Issues.Where(i => i.Path.StartsWith("a.json", StringComparison.Ordinal)));
            },
            iter: 200,
            threads: 1);
    }

    private static void AssertWellBehaved(ClaimDocument document)
    {
        var first = ClaimValidation.Validate(document);
        var second = ClaimValidation.Validate(document);
        Assert.DoesNotContain(first.Issues, i => i.Code == ErrorCodes.ValidationFailed);
        Assert.Equal(first.Issues, second.Issues);
        Assert.Equal(first.Issues.Count == 0, first.IsValid);
        var keys = first.Issues.Select(i => RecordKey(i.Path)).ToArray();
        Assert.Equal(keys.Order(), keys);
        Assert.All(first.Issues, i => Assert.True(i.Value is null || i.Value.Length <= ValidationIssue.MaxValueLength));
    }

    /// <summary>The record a path belongs to, recomputed independently of the library: collection rank and index.</summary>
    private static (int, int) RecordKey(string path)
    {
        string[] collections = ["actors", "sources", "incidents", "claims", "denials", "amendments"];
        var bracket = path.IndexOf('[', StringComparison.Ordinal);
        if (bracket < 0)
        {
            return (0, 0);
        }

        var rank = Array.IndexOf(collections, path[..bracket]) + 1;
        var index = int.Parse(path.AsSpan(bracket + 1, path.IndexOf(']', StringComparison.Ordinal) - bracket - 1), System.Globalization.CultureInfo.InvariantCulture);
        return (rank, index);
    }

    private static ClaimDocument Mutate(ClaimDocument d, int seed)
    {
        var pick = seed / 16;
        var id = Pool[pick % Pool.Length];
        var other = Pool[(pick / 3) % Pool.Length];
        switch (seed % 16)
        {
            case 0:
                return d with { Actors = d.Actors.Add(null!) };
            case 1:
                return d with { Actors = d.Actors.Add(new Actor { Id = id, Name = id, Kind = ActorKind.Person, Affiliations = [new Affiliation { Actor = other, Relation = AffiliationRelation.MemberOf }] }) };
            case 2:
                return d with { Incidents = d.Incidents.Add(new Incident { Id = id, Kind = IncidentKind.Other, Title = id, PartOf = other }) };
            case 3:
                return d with { Claims = d.Claims.Add(new Claim { Id = id, Claimant = other, Incident = id, Statements = [null!], Reports = [null!] }) };
            case 4:
                return d with { Actors = d.Actors.Add(new Actor { Id = null!, Name = null!, Kind = (ActorKind)pick, Aliases = [null!], Affiliations = [null!] }) };
            case 5:
                return d with { Claims = d.Claims.Add(null!), Denials = d.Denials.Add(null!), Sources = d.Sources.Add(null!), Incidents = d.Incidents.Add(null!) };
            case 6:
                return d with { Sources = d.Sources.Add(new Source { Id = id, Kind = (SourceKind)(-pick), Outlet = "o", Text = "abc🙂" + id + other, Url = other }) };
            case 7:
                return d with
                {
                    Claims = d.Claims.Add(new Claim
                    {
                        Id = other,
                        Claimant = id,
                        Statements = [new TextStatement { Text = null! }],
                        Reports = [new Report { Source = id, Via = [other, null!], Quote = new Quote { Exact = id, Prefix = "🙂", Suffix = other, Start = (pick % 9) - 2, End = (pick % 11) - 2 } }],
                    }),
                };
            case 8:
                return d with { Denials = d.Denials.Add(new Denial { Id = id, Claimant = other, DeniedClaims = [id, null!, other], Statement = null, Reports = default }) };
            case 9:
                return d with
                {
                    Claims = d.Claims.Add(new Claim
                    {
                        Id = id,
                        Claimant = other,
                        Statements = [new PresenceStatement { Actors = [null!], Present = true, Place = new Place { Name = null!, Precision = (PlacePrecision)pick, Country = other, Coordinates = new GeoPoint { Latitude = double.NaN, Longitude = pick } }, Within = new Figure { Measure = null!, Unit = null!, Qualifier = (FigureQualifier)(pick % 10), Text = null!, UpperValue = -pick } }],
                        Reports = [],
                    }),
                };
            case 10:
                return d with
                {
                    Claims = d.Claims.Add(new Claim
                    {
                        Id = id,
                        Claimant = id,
                        Statements = [new OccurrenceStatement { Time = new TimeSpec { End = DateTimeOffset.MinValue, Relative = new RelativeDay { Weekday = (DayOfWeek)pick }, PartOfDay = (DayPart)pick, Precision = (TimePrecision)pick, TimeZone = other } }],
                        StatedAt = new TimeSpec { Precision = TimePrecision.Day, Relative = null, TimeZone = "Europe/" + other },
                        Reports = [new Report { Source = null!, Quote = null! }],
                    }),
                };
            case 11:
                return d with { Claims = d.Claims.Add(new Claim { Id = id, Claimant = other, Statements = [new QuantityStatement { Figure = null!, Period = null, Subject = other }], Modality = (Modality)pick, Reports = [] }) };
            case 12:
                return d with { Claims = d.Claims.Add(new Claim { Id = id, Claimant = other, Statements = [new TargetStatement { Targets = [null!, new Target { Kind = (TargetKind)pick }] }], Reports = [] }) };
            case 13:
                return d with { Denials = d.Denials.Add(new Denial { Id = id, Claimant = other, Statement = new ResponsibilityStatement { Actors = [null!], Targets = [null!] }, Reports = [null!] }) };
            case 14:
                return d with { Incidents = d.Incidents.Add(new Incident { Id = other, Kind = (IncidentKind)pick, Title = "", Targets = [null!], Place = null, Time = new TimeSpec { Start = DateTimeOffset.MaxValue, End = DateTimeOffset.MaxValue, Precision = TimePrecision.Year } }) };
            default:
                return d with { Title = null, Actors = d.Actors.Add(d.Actors.IsEmpty ? null! : d.Actors[pick % d.Actors.Count]) };
        }
    }
}
