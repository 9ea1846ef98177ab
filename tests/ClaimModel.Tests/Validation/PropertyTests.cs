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
    [Trait("Category", "Heavy")]
    public void Validation_of_arbitrary_documents_never_throws_and_is_deterministic() =>
        ModelGenerators.ClaimDocument.Sample(AssertWellBehaved, iter: 300, threads: 1);

    [Fact]
    [Trait("Category", "Heavy")]
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
        switch (seed % 24)
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
            case 15:
                return d with { Actors = d.Actors.Add(new Actor { Id = id, Name = pick % 2 == 0 ? null : " ", Kind = ActorKind.Person, SameAs = [new IdentityLink { Actor = other, Certainty = (IdentityCertainty)(pick % 3) }, null!, new IdentityLink { Actor = id, Certainty = IdentityCertainty.Probable }] }) };
            case 16:
                return d with { Claims = d.Claims.Add(new Claim { Id = id, Claimant = other, Statements = default, Supersedes = [other, id, null!], Retracts = [id], StatedAt = new TimeSpec { Start = pick % 2 == 0 ? DateTimeOffset.MaxValue : DateTimeOffset.MinValue, Precision = (TimePrecision)(pick % 7) }, Reports = [new Report { Source = other, Statements = [pick % 3, -pick, int.MaxValue], Via = [id, other], Quote = new Quote { Exact = id } }] }) };
            case 17:
                return d with { Amendments = d.Amendments.Add(null!).Add(new Amendment { Amends = pick % 4 == 0 ? null! : other }) };
            case 18:
                return d with { Amendments = d.Amendments.Add(new Amendment { Amends = id, Reports = [new Report { Source = other, Statements = [pick % 4], Quote = new Quote { Exact = id } }] }) };
            case 19:
                return d with { Amendments = d.Amendments.Add(new Amendment { Amends = other, Aliases = [id, null!], Affiliations = [new Affiliation { Actor = id, Relation = (AffiliationRelation)(pick % 6) }], SameAs = [new IdentityLink { Actor = other, Certainty = IdentityCertainty.Confirmed }] }) };
            case 20:
                return d with { Denials = d.Denials.Add(new Denial { Id = other, Claimant = id, DeniedClaims = [id + "#" + (pick % 3).ToString(System.Globalization.CultureInfo.InvariantCulture), other + "#0" + id, "#", id + "#"], Denies = (DeniedAspect)(pick % 3), Characterization = (Characterization)(pick % 6), Place = new Place { Name = "", Precision = PlacePrecision.City }, Time = new TimeSpec { Precision = TimePrecision.Day }, Reports = [new Report { Source = id, Statements = [0], Quote = new Quote { Exact = other } }] }) };
            case 21:
                return d with { Claims = d.Claims.Add(new Claim { Id = other, Claimant = id, Statements = [new ResponsibilityStatement { Actors = [id, id, other], Combination = (ActorCombination)(pick % 3), Intent = (Intent)(pick % 5), Modality = (Modality)(pick % 5) }, new PresenceStatement { Actors = [], Present = true, Combination = ActorCombination.EitherOf }, new TargetStatement { Scope = (TargetScope)(pick % 5), Targets = [] }], Reports = [] }) };
            case 22:
                return d with
                {
                    Claims = d.Claims.Add(new Claim
                    {
                        Id = id,
                        Claimant = other,
                        Statements = [new QuantityStatement { Figure = new Figure { Measure = "killed", Unit = pick % 2 == 0 ? "km" : "people", Qualifier = FigureQualifier.Nearly, Value = pick, Per = pick % 3 == 0 ? "day" : null, Cumulative = pick % 5 != 0, AsOf = new TimeSpec { Relative = new RelativeDay { Offset = -pick }, Precision = (TimePrecision)(pick % 7) }, Text = "t" } }],
                        Reports = [null!],
                    }),
                };
            default:
                return d with { Title = null, Actors = d.Actors.Add(d.Actors.IsEmpty ? null! : d.Actors[pick % d.Actors.Count]) };
        }
    }
}
