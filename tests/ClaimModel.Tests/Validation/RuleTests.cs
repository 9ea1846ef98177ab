using ClaimModel.Validation;
using static ClaimModel.Tests.Validation.ValidDocument;

namespace ClaimModel.Tests.Validation;

/// <summary>Each rule with a minimal change of the valid document: one invalid case (exact code, path and value)
/// and valid variants near the rule's boundary.</summary>
public class RuleTests
{
    private static readonly DateTimeOffset Noon = new(2016, 2, 10, 12, 0, 0, TimeSpan.FromHours(2));

    private static readonly Dictionary<string, (ClaimDocument Document, string Code, string Path, string? Value)> Invalid = new()
    {
        ["id with upper case and space"] = (Document with { Actors = [Russia, Ministry, Usa, Russia with { Id = "Bad Id" }] }, ErrorCodes.IdSyntax, "actors[3].id", "Bad Id"),
        ["id with a double separator"] = (Document with { Actors = [Russia, Ministry, Usa, Russia with { Id = "a--b" }] }, ErrorCodes.IdSyntax, "actors[3].id", "a--b"),
        ["empty actor name"] = (Document with { Actors = [Russia with { Name = " " }, Ministry, Usa] }, ErrorCodes.Required, "actors[0].name", " "),
        ["null actor name"] = (Document with { Actors = [Russia with { Name = null! }, Ministry, Usa] }, ErrorCodes.Required, "actors[0].name", null),
        ["null actor"] = (Document with { Actors = [Russia, Ministry, Usa, null!] }, ErrorCodes.ElementNull, "actors[3]", null),
        ["null alias"] = (Document with { Actors = [Russia, Ministry with { Aliases = ["ok", null!] }, Usa] }, ErrorCodes.ElementNull, "actors[1].aliases[1]", null),
        ["empty alias"] = (Document with { Actors = [Russia, Ministry with { Aliases = [""] }, Usa] }, ErrorCodes.Required, "actors[1].aliases[0]", ""),
        ["undefined actor kind"] = (Document with { Actors = [Russia with { Kind = (ActorKind)42 }, Ministry, Usa] }, ErrorCodes.EnumUndefined, "actors[0].kind", "42"),
        ["undefined affiliation relation"] = (Document with { Actors = [Russia, Ministry with { Affiliations = [new Affiliation { Actor = "russia", Relation = (AffiliationRelation)(-1) }] }, Usa] }, ErrorCodes.EnumUndefined, "actors[1].affiliations[0].relation", "-1"),
        ["undefined modality"] = (Document with { Claims = [A10Claim with { Modality = (Modality)7 }] }, ErrorCodes.EnumUndefined, "claims[0].modality", "7"),
        ["source id repeating an actor id"] = (Document with { Sources = [Article, Rt, Rt with { Id = "russia" }] }, ErrorCodes.IdDuplicate, "sources[2].id", "russia"),
        ["dangling claimant"] = (Document with { Claims = [A10Claim with { Claimant = "nobody" }] }, ErrorCodes.ReferenceDangling, "claims[0].claimant", "nobody"),
        ["claimant that is a source"] = (Document with { Claims = [A10Claim with { Claimant = "ibt" }] }, ErrorCodes.ReferenceWrongKind, "claims[0].claimant", "ibt"),
        ["dangling claim incident"] = (Document with { Claims = [A10Claim with { Incident = "nowhere" }] }, ErrorCodes.ReferenceDangling, "claims[0].incident", "nowhere"),
        ["dangling report source"] = (WithQuote(new Quote { Exact = "x" }) with { Claims = [A10Claim with { Reports = [new Report { Source = "gone", Quote = new Quote { Exact = "x" } }] }] }, ErrorCodes.ReferenceDangling, "claims[0].reports[0].source", "gone"),
        ["dangling intermediary"] = (Document with { Claims = [A10Claim with { Reports = [IbtReport with { Via = ["rt", "tass"] }] }] }, ErrorCodes.ReferenceDangling, "claims[0].reports[0].via[1]", "tass"),
        ["dangling partOf"] = (Document with { Incidents = [Bombing with { PartOf = "offensive" }] }, ErrorCodes.ReferenceDangling, "incidents[0].partOf", "offensive"),
        ["dangling affiliated actor"] = (Document with { Sources = [Article, Rt with { AffiliatedActor = "kremlin" }] }, ErrorCodes.ReferenceDangling, "sources[1].affiliatedActor", "kremlin"),
        ["dangling affiliation target"] = (Document with { Actors = [Russia, Ministry with { Affiliations = [new Affiliation { Actor = "rusia", Relation = AffiliationRelation.PartOf }] }, Usa] }, ErrorCodes.ReferenceDangling, "actors[1].affiliations[0].actor", "rusia"),
        ["denied claim that is a denial"] = (Document with { Denials = [UsaDenial with { DeniedClaims = ["d-usa"] }] }, ErrorCodes.ReferenceWrongKind, "denials[0].deniedClaims[0]", "d-usa"),
        ["dangling statement actor"] = (WithStatement(new ResponsibilityStatement { Actor = "nato" }), ErrorCodes.ReferenceDangling, "claims[0].statement.actor", "nato"),
        ["dangling quantity subject"] = (WithStatement(new QuantityStatement { Figure = MilesFigure, Subject = "nato" }), ErrorCodes.ReferenceDangling, "claims[0].statement.subject", "nato"),
        ["self affiliation"] = (Document with { Actors = [Russia with { Affiliations = [new Affiliation { Actor = "russia", Relation = AffiliationRelation.PartOf }] }, Ministry, Usa] }, ErrorCodes.AffiliationCycle, "actors[0].affiliations[0].actor", "russia"),
        ["incident part of itself"] = (Document with { Incidents = [Bombing with { PartOf = "aleppo-2016-02-10" }] }, ErrorCodes.PartOfCycle, "incidents[0].partOf", "aleppo-2016-02-10"),
        ["claim without reports"] = (Document with { Claims = [A10Claim with { Reports = [] }] }, ErrorCodes.ReportsEmpty, "claims[0].reports", "[]"),
        ["denial without reports"] = (Document with { Denials = [UsaDenial with { Reports = default }] }, ErrorCodes.ReportsEmpty, "denials[0].reports", "[]"),
        ["denial of nothing"] = (Document with { Denials = [UsaDenial with { DeniedClaims = [], Statement = null }] }, ErrorCodes.DenialEmpty, "denials[0]", null),
        ["ftp url"] = (Document with { Sources = [Article with { Url = "ftp://example.org/a" }, Rt] }, ErrorCodes.UrlSyntax, "sources[0].url", "ftp://example.org/a"),
        ["relative url"] = (Document with { Sources = [Article with { Url = "example.org/a" }, Rt] }, ErrorCodes.UrlSyntax, "sources[0].url", "example.org/a"),
        ["lower-case country"] = (Document with { Incidents = [Bombing with { Place = Bombing.Place! with { Country = "sy" } }] }, ErrorCodes.CountryCode, "incidents[0].place.country", "sy"),
        ["three-letter country"] = (Document with { Incidents = [Bombing with { Place = Bombing.Place! with { Country = "SYR" } }] }, ErrorCodes.CountryCode, "incidents[0].place.country", "SYR"),
        ["latitude above 90"] = (Document with { Incidents = [Bombing with { Place = Bombing.Place! with { Coordinates = new GeoPoint { Latitude = 90.5, Longitude = 0 } } }] }, ErrorCodes.CoordinateRange, "incidents[0].place.coordinates.latitude", "90.5"),
        ["NaN latitude"] = (Document with { Incidents = [Bombing with { Place = Bombing.Place! with { Coordinates = new GeoPoint { Latitude = double.NaN, Longitude = 0 } } }] }, ErrorCodes.CoordinateRange, "incidents[0].place.coordinates.latitude", "NaN"),
        ["longitude below -180"] = (Document with { Incidents = [Bombing with { Place = Bombing.Place! with { Coordinates = new GeoPoint { Latitude = 0, Longitude = -180.25 } } }] }, ErrorCodes.CoordinateRange, "incidents[0].place.coordinates.longitude", "-180.25"),
        ["infinite longitude"] = (Document with { Incidents = [Bombing with { Place = Bombing.Place! with { Coordinates = new GeoPoint { Latitude = 0, Longitude = double.PositiveInfinity } } }] }, ErrorCodes.CoordinateRange, "incidents[0].place.coordinates.longitude", "Infinity"),
        ["time without start or relative"] = (WithTime(new TimeSpec { Precision = TimePrecision.Day }), ErrorCodes.TimeAnchor, "claims[0].statedAt", null),
        ["time with start and relative"] = (WithTime(new TimeSpec { Start = Noon, Relative = new RelativeDay { Offset = -1 }, Precision = TimePrecision.Day }), ErrorCodes.TimeAnchor, "claims[0].statedAt", "2016-02-10T12:00:00.0000000+02:00"),
        ["end without start"] = (WithTime(new TimeSpec { Relative = new RelativeDay { Offset = 0 }, End = Noon, Precision = TimePrecision.Day }), ErrorCodes.TimeEndWithoutStart, "claims[0].statedAt.end", "2016-02-10T12:00:00.0000000+02:00"),
        ["end equal to start"] = (WithTime(new TimeSpec { Start = Noon, End = Noon.ToOffset(TimeSpan.Zero), Precision = TimePrecision.Hour }), ErrorCodes.TimeEndBeforeStart, "claims[0].statedAt.end", "2016-02-10T10:00:00.0000000+00:00"),
        ["relative day with offset and weekday"] = (WithTime(new TimeSpec { Relative = new RelativeDay { Offset = -1, Weekday = DayOfWeek.Monday }, Precision = TimePrecision.Day }), ErrorCodes.RelativeDay, "claims[0].statedAt.relative", "-1"),
        ["relative day with neither"] = (WithTime(new TimeSpec { Relative = new RelativeDay(), Precision = TimePrecision.Day }), ErrorCodes.RelativeDay, "claims[0].statedAt.relative", null),
        ["undefined weekday"] = (WithTime(new TimeSpec { Relative = new RelativeDay { Weekday = (DayOfWeek)7 }, Precision = TimePrecision.Day }), ErrorCodes.EnumUndefined, "claims[0].statedAt.relative.weekday", "7"),
        ["relative day a day more than a century ahead"] = (WithTime(new TimeSpec { Relative = new RelativeDay { Offset = 36_526 }, Precision = TimePrecision.Day }), ErrorCodes.RelativeDayOffsetRange, "claims[0].statedAt.relative.offset", "36526"),
        ["relative day at the lowest offset"] = (WithTime(new TimeSpec { Relative = new RelativeDay { Offset = int.MinValue }, Precision = TimePrecision.Day }), ErrorCodes.RelativeDayOffsetRange, "claims[0].statedAt.relative.offset", "-2147483648"),
        ["part of day with hour precision"] = (Document with { Incidents = [Bombing with { Time = Bombing.Time! with { Precision = TimePrecision.Hour } }] }, ErrorCodes.PartOfDayPrecision, "incidents[0].time.partOfDay", "morning"),
        ["unknown time zone"] = (WithTime(new TimeSpec { Start = Noon, Precision = TimePrecision.Day, TimeZone = "Mars/Olympus_Mons" }), ErrorCodes.TimeZoneUnknown, "claims[0].statedAt.timeZone", "Mars/Olympus_Mons"),
        ["path-like time zone"] = (WithTime(new TimeSpec { Start = Noon, Precision = TimePrecision.Day, TimeZone = "../../etc/passwd" }), ErrorCodes.TimeZoneUnknown, "claims[0].statedAt.timeZone", "../../etc/passwd"),
        ["figure without value"] = (WithFigure(MilesFigure with { Value = null }), ErrorCodes.FigureValueMissing, "claims[1].statement.within.value", null),
        ["upper value without between"] = (WithFigure(MilesFigure with { UpperValue = 13 }), ErrorCodes.FigureUpperValue, "claims[1].statement.within.upperValue", "13"),
        ["between without upper value"] = (WithFigure(MilesFigure with { Qualifier = FigureQualifier.Between }), ErrorCodes.FigureUpperValue, "claims[1].statement.within.upperValue", null),
        ["between with upper below value"] = (WithFigure(MilesFigure with { Qualifier = FigureQualifier.Between, Value = 20, UpperValue = 10.5m }), ErrorCodes.FigureBounds, "claims[1].statement.within.upperValue", "10.5"),
        ["vague word without vague qualifier"] = (WithFigure(MilesFigure with { Vague = VagueQuantity.Dozens }), ErrorCodes.FigureVague, "claims[1].statement.within.vague", "dozens"),
        ["vague qualifier without word"] = (WithFigure(MilesFigure with { Qualifier = FigureQualifier.Vague, Value = null }), ErrorCodes.FigureVague, "claims[1].statement.within.vague", null),
        ["negative value"] = (WithFigure(MilesFigure with { Value = -1 }), ErrorCodes.FigureNegative, "claims[1].statement.within.value", "-1"),
        ["negative upper value"] = (WithFigure(MilesFigure with { Qualifier = FigureQualifier.Between, Value = 1, UpperValue = -2 }), ErrorCodes.FigureNegative, "claims[1].statement.within.upperValue", "-2"),
        ["measure with capitals"] = (WithFigure(MilesFigure with { Measure = "Distance" }), ErrorCodes.MeasureSyntax, "claims[1].statement.within.measure", "Distance"),
        ["unit with punctuation"] = (WithFigure(MilesFigure with { Unit = "miles!" }), ErrorCodes.UnitSyntax, "claims[1].statement.within.unit", "miles!"),
        ["per with a space"] = (WithFigure(MilesFigure with { Per = "per day" }), ErrorCodes.UnitSyntax, "claims[1].statement.within.per", "per day"),
        ["figure without text"] = (WithFigure(MilesFigure with { Text = "" }), ErrorCodes.Required, "claims[1].statement.within.text", ""),
        ["negative quote start"] = (WithQuote(new Quote { Exact = "Aleppo", Start = -1 }), ErrorCodes.QuotePosition, "claims[0].reports[0].quote.start", "-1"),
        ["quote end not matching exact"] = (WithQuote(IbtReport.Quote with { End = 61 }), ErrorCodes.QuotePosition, "claims[0].reports[0].quote.end", "61"),
        ["quote not in text"] = (WithQuote(new Quote { Exact = "two Russian jets" }), ErrorCodes.QuoteNotFound, "claims[0].reports[0].quote", "two Russian jets"),
        ["quote prefix not in text"] = (WithQuote(new Quote { Exact = "two American", Prefix = "told " }), ErrorCodes.QuoteNotFound, "claims[0].reports[0].quote", "two American"),
        ["quote suffix not in text"] = (WithQuote(new Quote { Exact = "Aleppo", Suffix = " on Friday" }), ErrorCodes.QuoteNotFound, "claims[0].reports[0].quote", "Aleppo"),
        ["quote at a UTF-16 position"] = (WithQuote(new Quote { Exact = "yesterday", Start = 78, End = 87 }), ErrorCodes.QuotePositionMismatch, "claims[0].reports[0].quote.start", "78"),
        ["quote end only, off by one"] = (WithQuote(new Quote { Exact = "Aleppo", End = 75 }), ErrorCodes.QuotePositionMismatch, "claims[0].reports[0].quote.end", "75"),
        ["empty exact quote"] = (WithQuote(new Quote { Exact = "" }), ErrorCodes.Required, "claims[0].reports[0].quote.exact", ""),
        ["null quote"] = (WithQuote(null!), ErrorCodes.Required, "claims[0].reports[0].quote", null),
        ["other target without name"] = (Document with { Incidents = [Bombing with { Targets = [new Target { Kind = TargetKind.Other }] }] }, ErrorCodes.TargetNameRequired, "incidents[0].targets[0].name", null),
        ["null statement"] = (WithStatement(null!), ErrorCodes.Required, "claims[0].statement", null),
        ["target statement without targets"] = (WithStatement(new TargetStatement { Targets = [] }), ErrorCodes.Required, "claims[0].statement.targets", "[]"),
        ["empty text statement"] = (WithStatement(new TextStatement { Text = "" }), ErrorCodes.Required, "claims[0].statement.text", ""),
        ["occurrence without time"] = (WithStatement(new OccurrenceStatement { Time = null! }), ErrorCodes.Required, "claims[0].statement.time", null),
        ["occurrence with invalid time"] = (WithStatement(new OccurrenceStatement { Time = new TimeSpec { Start = Noon, Precision = (TimePrecision)9 } }), ErrorCodes.EnumUndefined, "claims[0].statement.time.precision", "9"),
        ["quantity without figure"] = (WithStatement(new QuantityStatement { Figure = null! }), ErrorCodes.Required, "claims[0].statement.figure", null),
        ["presence with invalid place"] = (WithStatement(new PresenceStatement { Actor = "russia", Present = true, Place = new Place { Name = "Aleppo", Precision = (PlacePrecision)5 } }), ErrorCodes.EnumUndefined, "claims[0].statement.place.precision", "5"),
        ["denial statement with dangling actor"] = (Document with { Denials = [UsaDenial with { Statement = new ResponsibilityStatement { Actor = "nato" } }] }, ErrorCodes.ReferenceDangling, "denials[0].statement.actor", "nato"),
        ["invalid publication time"] = (Document with { Sources = [Article with { Published = Article.Published! with { TimeZone = "" } }, Rt] }, ErrorCodes.TimeZoneUnknown, "sources[0].published.timeZone", ""),
    };

    private static readonly Dictionary<string, ClaimDocument> ValidVariants = new()
    {
        ["the example document"] = Document,
        ["id with every separator"] = Document with { Actors = [Russia, Ministry, Usa, Russia with { Id = "a-b.c_d:e0" }] },
        ["latitude and longitude at their limits"] = Document with { Incidents = [Bombing with { Place = Bombing.Place! with { Coordinates = new GeoPoint { Latitude = -90, Longitude = 180 } } }] },
        ["between with equal bounds"] = WithFigure(MilesFigure with { Qualifier = FigureQualifier.Between, Value = 12, UpperValue = 12 }),
        ["vague word without value"] = WithFigure(MilesFigure with { Qualifier = FigureQualifier.Vague, Value = null, Vague = VagueQuantity.Dozens }),
        ["rate per day"] = WithFigure(MilesFigure with { Measure = "sorties", Unit = "sorties", Value = 0, Per = "day" }),
        ["end after start"] = WithTime(new TimeSpec { Start = Noon, End = Noon.AddTicks(1), Precision = TimePrecision.Exact, TimeZone = "UTC" }),
        ["yesterday"] = WithTime(new TimeSpec { Relative = new RelativeDay { Offset = -1 }, Precision = TimePrecision.Day, PartOfDay = DayPart.Night }),
        ["relative day a century back"] = WithTime(new TimeSpec { Relative = new RelativeDay { Offset = -36_525 }, Precision = TimePrecision.Day }),
        ["relative day a century ahead"] = WithTime(new TimeSpec { Relative = new RelativeDay { Offset = 36_525 }, Precision = TimePrecision.Day }),
        ["quote after an emoji, in code points"] = WithQuote(new Quote { Exact = "yesterday", Prefix = "🙂 ", Suffix = ".", Start = 77, End = 86 }),
        ["quote with end only"] = WithQuote(new Quote { Exact = "Aleppo", End = 74 }),
        ["quote in a source without text"] = Document with { Claims = [A10Claim with { Reports = [new Report { Source = "rt", Quote = new Quote { Exact = "anything", Start = 5000 } }] }] },
        ["denial of the claimant's own claim"] = Document with { Denials = [UsaDenial with { Claimant = "russia-mod" }] },
        ["general denial with a statement only"] = Document with { Denials = [UsaDenial with { Incident = null, DeniedClaims = [] }] },
        ["denial of claims only"] = Document with { Denials = [UsaDenial with { Statement = null }] },
        ["other target with a name"] = Document with { Incidents = [Bombing with { Targets = [new Target { Kind = TargetKind.Other, Name = "bakery" }] }] },
        ["every statement kind"] = Document with
        {
            Claims =
            [
                A10Claim,
                Presence,
                A10Claim with { Id = "c-3", Statement = new QuantityStatement { Figure = MilesFigure with { Measure = "sorties", Unit = "sorties", Qualifier = FigureQualifier.Exact, Value = 510 }, Subject = "russia", Period = new TimeSpec { Start = Noon, End = Noon.AddDays(7), Precision = TimePrecision.Day } } },
                A10Claim with { Id = "c-4", Statement = new TargetStatement { Targets = [new Target { Kind = TargetKind.School }] } },
                A10Claim with { Id = "c-5", Statement = new OccurrenceStatement { Time = new TimeSpec { Relative = new RelativeDay { Weekday = DayOfWeek.Wednesday }, Precision = TimePrecision.Day, TimeZone = "Asia/Damascus" } } },
                A10Claim with { Id = "c-6", Statement = new TextStatement { Text = "would never strike civilians" } },
            ],
        },
    };

    public static TheoryData<string> InvalidCases => new(Invalid.Keys);

    public static TheoryData<string> ValidCases => new(ValidVariants.Keys);

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Broken_rule_is_reported_with_its_code_path_and_value(string name)
    {
        var (document, code, path, value) = Invalid[name];
        IssueAssert.Single(document, code, path, value);
    }

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void Document_near_a_rule_boundary_is_valid(string name) => IssueAssert.Valid(ValidVariants[name]);

    [Fact]
    public void Every_error_code_except_merge_and_internal_ones_has_an_invalid_case()
    {
        var covered = Invalid.Values.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        string[] elsewhere = [ErrorCodes.DocumentNull, ErrorCodes.MergeConflict, ErrorCodes.MergeInputNull, ErrorCodes.ValidationFailed];
        var all = typeof(ErrorCodes).GetFields().Select(f => (string)f.GetValue(null)!).Except(elsewhere);
        Assert.Equal([], all.Where(code => !covered.Contains(code)).ToArray());
    }

    [Fact]
    public void Duplicate_issue_names_the_first_owner_of_the_id()
    {
        var outcome = ClaimValidation.Validate(Invalid["source id repeating an actor id"].Document);
        Assert.Contains("actors[0]", outcome.Issues[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_kind_reference_names_the_record_that_owns_the_id()
    {
        var outcome = ClaimValidation.Validate(Invalid["claimant that is a source"].Document);
        Assert.Contains("a source (sources[0])", outcome.Issues[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Record_validated_alone_checks_its_own_rules_but_not_references()
    {
        var result = ClaimValidator.Instance.Validate(A10Claim with { Claimant = "nobody", Id = "Bad" });
        Assert.Equal([ErrorCodes.IdSyntax], result.Errors.Select(e => e.ErrorCode));
    }

    [Fact]
    public void Windows_time_zone_id_is_not_an_iana_id()
    {
        IssueAssert.Single(
            WithTime(new TimeSpec { Start = Noon, Precision = TimePrecision.Day, TimeZone = "Russian Standard Time" }),
            ErrorCodes.TimeZoneUnknown,
            "claims[0].statedAt.timeZone",
            "Russian Standard Time");
    }
}
