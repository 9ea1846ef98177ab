using ClaimModel.Validation;
using static ClaimModel.Tests.Validation.ValidDocument;

namespace ClaimModel.Tests.Validation;

/// <summary>Each rule with a minimal change of the valid document: one invalid case (exact code, path and value)
/// and valid variants near the rule's boundary.</summary>
public class RuleTests
{
    private static readonly DateTimeOffset Noon = new(2016, 2, 10, 12, 0, 0, TimeSpan.FromHours(2));

    internal static readonly Dictionary<string, (ClaimDocument Document, string Code, string Path, string? Value)> Invalid = new()
    {
        ["id with upper case and space"] = (Document with { Actors = [Russia, Ministry, Usa, Russia with { Id = "Bad Id" }] }, ErrorCodes.IdSyntax, "actors[3].id", "Bad Id"),
        ["id with a double separator"] = (Document with { Actors = [Russia, Ministry, Usa, Russia with { Id = "a--b" }] }, ErrorCodes.IdSyntax, "actors[3].id", "a--b"),
        ["empty actor name"] = (Document with { Actors = [Russia with { Name = " " }, Ministry, Usa] }, ErrorCodes.Required, "actors[0].name", " "),
        ["null actor name"] = (Document with { Actors = [Russia with { Name = null }, Ministry, Usa] }, ErrorCodes.ActorNameOrDescription, "actors[0].name", null),
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
        ["dangling statement actor"] = (WithStatement(new ResponsibilityStatement { Actors = ["nato"] }), ErrorCodes.ReferenceDangling, "claims[0].statements[0].actors[0]", "nato"),
        ["dangling quantity subject"] = (WithStatement(new QuantityStatement { Figure = MilesFigure, Subject = "nato" }), ErrorCodes.ReferenceDangling, "claims[0].statements[0].subject", "nato"),
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
        ["figure without value"] = (WithFigure(MilesFigure with { Value = null }), ErrorCodes.FigureValueMissing, "claims[1].statements[0].within.value", null),
        ["upper value without between"] = (WithFigure(MilesFigure with { UpperValue = 13 }), ErrorCodes.FigureUpperValue, "claims[1].statements[0].within.upperValue", "13"),
        ["between without upper value"] = (WithFigure(MilesFigure with { Qualifier = FigureQualifier.Between }), ErrorCodes.FigureUpperValue, "claims[1].statements[0].within.upperValue", null),
        ["between with upper below value"] = (WithFigure(MilesFigure with { Qualifier = FigureQualifier.Between, Value = 20, UpperValue = 10.5m }), ErrorCodes.FigureBounds, "claims[1].statements[0].within.upperValue", "10.5"),
        ["vague word without vague qualifier"] = (WithFigure(MilesFigure with { Vague = VagueQuantity.Dozens }), ErrorCodes.FigureVague, "claims[1].statements[0].within.vague", "dozens"),
        ["vague qualifier without word"] = (WithFigure(MilesFigure with { Qualifier = FigureQualifier.Vague, Value = null }), ErrorCodes.FigureVague, "claims[1].statements[0].within.vague", null),
        ["negative value"] = (WithFigure(MilesFigure with { Value = -1 }), ErrorCodes.FigureNegative, "claims[1].statements[0].within.value", "-1"),
        ["negative upper value"] = (WithFigure(MilesFigure with { Qualifier = FigureQualifier.Between, Value = 1, UpperValue = -2 }), ErrorCodes.FigureNegative, "claims[1].statements[0].within.upperValue", "-2"),
        ["measure with capitals"] = (WithFigure(MilesFigure with { Measure = "Distance" }), ErrorCodes.MeasureSyntax, "claims[1].statements[0].within.measure", "Distance"),
        ["unit with punctuation"] = (WithFigure(MilesFigure with { Unit = "miles!" }), ErrorCodes.UnitSyntax, "claims[1].statements[0].within.unit", "miles!"),
        ["per with a space"] = (WithFigure(MilesFigure with { Per = "per day" }), ErrorCodes.UnitSyntax, "claims[1].statements[0].within.per", "per day"),
        ["figure without text"] = (WithFigure(MilesFigure with { Text = "" }), ErrorCodes.Required, "claims[1].statements[0].within.text", ""),
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
        ["null statement"] = (WithStatement(null!), ErrorCodes.ElementNull, "claims[0].statements[0]", null),
        ["target statement without targets"] = (WithStatement(new TargetStatement { Targets = [] }), ErrorCodes.Required, "claims[0].statements[0].targets", "[]"),
        ["empty text statement"] = (WithStatement(new TextStatement { Text = "" }), ErrorCodes.Required, "claims[0].statements[0].text", ""),
        ["occurrence without time"] = (WithStatement(new OccurrenceStatement { Time = null! }), ErrorCodes.Required, "claims[0].statements[0].time", null),
        ["occurrence with invalid time"] = (WithStatement(new OccurrenceStatement { Time = new TimeSpec { Start = Noon, Precision = (TimePrecision)9 } }), ErrorCodes.EnumUndefined, "claims[0].statements[0].time.precision", "9"),
        ["quantity without figure"] = (WithStatement(new QuantityStatement { Figure = null! }), ErrorCodes.Required, "claims[0].statements[0].figure", null),
        ["presence with invalid place"] = (WithStatement(new PresenceStatement { Actors = ["russia"], Present = true, Place = new Place { Name = "Aleppo", Precision = (PlacePrecision)5 } }), ErrorCodes.EnumUndefined, "claims[0].statements[0].place.precision", "5"),
        ["denial statement with dangling actor"] = (Document with { Denials = [UsaDenial with { Statement = new ResponsibilityStatement { Actors = ["nato"] } }] }, ErrorCodes.ReferenceDangling, "denials[0].statement.actors[0]", "nato"),
        ["invalid publication time"] = (Document with { Sources = [Article with { Published = Article.Published! with { TimeZone = "" } }, Rt] }, ErrorCodes.TimeZoneUnknown, "sources[0].published.timeZone", ""),
        ["claim without statements"] = (Document with { Claims = [A10Claim with { Statements = [] }, Presence] }, ErrorCodes.StatementsEmpty, "claims[0].statements", "[]"),
        ["responsibility naming no actor"] = (WithStatement(new ResponsibilityStatement { Actors = [] }), ErrorCodes.ActorsEmpty, "claims[0].statements[0].actors", "[]"),
        ["presence naming an actor twice"] = (WithStatement(new PresenceStatement { Actors = ["russia", "usa", "russia"], Present = false }), ErrorCodes.ActorRepeated, "claims[0].statements[0].actors[2]", "russia"),
        ["undefined combination"] = (WithStatement(new ResponsibilityStatement { Actors = ["usa"], Combination = (ActorCombination)5 }), ErrorCodes.EnumUndefined, "claims[0].statements[0].combination", "5"),
        ["undefined intent"] = (WithStatement(new ResponsibilityStatement { Actors = ["usa"], Intent = (Intent)9 }), ErrorCodes.EnumUndefined, "claims[0].statements[0].intent", "9"),
        ["undefined target scope"] = (WithStatement(new TargetStatement { Scope = (TargetScope)4, Targets = [new Target { Kind = TargetKind.School }] }), ErrorCodes.EnumUndefined, "claims[0].statements[0].scope", "4"),
        ["undefined statement modality"] = (WithStatement(new TextStatement { Text = "perhaps", Modality = (Modality)8 }), ErrorCodes.EnumUndefined, "claims[0].statements[0].modality", "8"),
        ["undefined denied aspect"] = (Document with { Denials = [UsaDenial with { Denies = (DeniedAspect)2 }] }, ErrorCodes.EnumUndefined, "denials[0].denies", "2"),
        ["undefined characterization"] = (Document with { Denials = [UsaDenial with { Characterization = (Characterization)7 }] }, ErrorCodes.EnumUndefined, "denials[0].characterization", "7"),
        ["invalid denial place"] = (Document with { Denials = [UsaDenial with { Place = new Place { Name = "Aleppo", Country = "Syria", Precision = PlacePrecision.City } }] }, ErrorCodes.CountryCode, "denials[0].place.country", "Syria"),
        ["invalid denial time"] = (Document with { Denials = [UsaDenial with { Time = new TimeSpec { Precision = TimePrecision.Day } }] }, ErrorCodes.TimeAnchor, "denials[0].time", null),
        ["blank description"] = (Document with { Actors = [Russia with { Description = " " }, Ministry, Usa] }, ErrorCodes.Required, "actors[0].description", " "),
        ["undefined identity certainty"] = (WithActors(Spokesman with { SameAs = [new IdentityLink { Actor = "warren", Certainty = (IdentityCertainty)3 }] }, Warren), ErrorCodes.EnumUndefined, "actors[3].sameAs[0].certainty", "3"),
        ["blank identity basis"] = (WithActors(Spokesman with { SameAs = [new IdentityLink { Actor = "warren", Certainty = IdentityCertainty.Confirmed, Basis = "" }] }, Warren), ErrorCodes.Required, "actors[3].sameAs[0].basis", ""),
        ["null identity link"] = (WithActors(Spokesman with { SameAs = [null!] }), ErrorCodes.ElementNull, "actors[3].sameAs[0]", null),
        ["dangling identity link"] = (WithActors(Spokesman with { SameAs = [new IdentityLink { Actor = "ghost", Certainty = IdentityCertainty.Probable }] }), ErrorCodes.ReferenceDangling, "actors[3].sameAs[0].actor", "ghost"),
        ["identity link to a source"] = (WithActors(Spokesman with { SameAs = [new IdentityLink { Actor = "ibt", Certainty = IdentityCertainty.Probable }] }), ErrorCodes.ReferenceWrongKind, "actors[3].sameAs[0].actor", "ibt"),
        ["actor linked to itself"] = (WithActors(Spokesman with { SameAs = [new IdentityLink { Actor = "pentagon-spokesman", Certainty = IdentityCertainty.Confirmed }] }), ErrorCodes.IdentityConflict, "actors[3].sameAs[0].actor", "pentagon-spokesman"),
        ["person linked to a state"] = (WithActors(Spokesman with { SameAs = [new IdentityLink { Actor = "usa", Certainty = IdentityCertainty.Probable }] }), ErrorCodes.IdentityConflict, "actors[3].sameAs[0].actor", "usa"),
        ["body linked to the body it is part of"] = (Document with { Actors = [Russia, Ministry with { SameAs = [new IdentityLink { Actor = "russia", Certainty = IdentityCertainty.Probable }] }, Usa] }, ErrorCodes.IdentityConflict, "actors[1].sameAs[0].actor", "russia"),
        ["pair linked with two certainties"] = (WithActors(Spokesman with { SameAs = [new IdentityLink { Actor = "warren", Certainty = IdentityCertainty.Confirmed }] }, Warren with { SameAs = [new IdentityLink { Actor = "pentagon-spokesman", Certainty = IdentityCertainty.Probable }] }), ErrorCodes.IdentityConflict, "actors[4].sameAs[0].actor", "pentagon-spokesman"),
        ["relay that is an incident"] = (Document with { Claims = [A10Claim with { Reports = [IbtReport with { Via = ["aleppo-2016-02-10"] }] }] }, ErrorCodes.ReferenceWrongKind, "claims[0].reports[0].via[0]", "aleppo-2016-02-10"),
        ["report position beyond the statements"] = (Document with { Claims = [A10Claim with { Reports = [IbtReport with { Statements = [1] }] }] }, ErrorCodes.StatementPosition, "claims[0].reports[0].statements[0]", "1"),
        ["negative report position"] = (Document with { Claims = [A10Claim with { Reports = [IbtReport with { Statements = [-1] }] }] }, ErrorCodes.StatementPosition, "claims[0].reports[0].statements[0]", "-1"),
        ["report positions out of order"] = (Document with { Claims = [TwoStatements with { Reports = [IbtReport with { Statements = [1, 0] }] }] }, ErrorCodes.ReportStatementsOrder, "claims[0].reports[0].statements[1]", "0"),
        ["report position repeated"] = (Document with { Claims = [TwoStatements with { Reports = [IbtReport with { Statements = [0, 0] }] }] }, ErrorCodes.ReportStatementsOrder, "claims[0].reports[0].statements[1]", "0"),
        ["denial report with statement positions"] = (Document with { Denials = [UsaDenial with { Reports = [UsaDenial.Reports[0] with { Statements = [0] }] }] }, ErrorCodes.ReportStatementsOnDenial, "denials[0].reports[0].statements", "[1 items]"),
        ["statement reference with a leading zero"] = (Document with { Denials = [UsaDenial with { DeniedClaims = ["c-a10#01"] }] }, ErrorCodes.StatementReferenceSyntax, "denials[0].deniedClaims[0]", "c-a10#01"),
        ["statement reference without a claim"] = (Document with { Denials = [UsaDenial with { DeniedClaims = ["#0"] }] }, ErrorCodes.StatementReferenceSyntax, "denials[0].deniedClaims[0]", "#0"),
        ["statement reference with a sign"] = (Document with { Denials = [UsaDenial with { DeniedClaims = ["c-a10#-1"] }] }, ErrorCodes.StatementReferenceSyntax, "denials[0].deniedClaims[0]", "c-a10#-1"),
        ["statement reference with two hashes"] = (Document with { Denials = [UsaDenial with { DeniedClaims = ["c-a10#0#0"] }] }, ErrorCodes.StatementReferenceSyntax, "denials[0].deniedClaims[0]", "c-a10#0#0"),
        ["statement reference beyond the claim"] = (Document with { Denials = [UsaDenial with { DeniedClaims = ["c-a10#1"] }] }, ErrorCodes.StatementPosition, "denials[0].deniedClaims[0]", "c-a10#1"),
        ["statement reference to a dangling claim"] = (Document with { Denials = [UsaDenial with { DeniedClaims = ["ghost#0"] }] }, ErrorCodes.ReferenceDangling, "denials[0].deniedClaims[0]", "ghost"),
        ["statement reference to an actor"] = (Document with { Denials = [UsaDenial with { DeniedClaims = ["usa#0"] }] }, ErrorCodes.ReferenceWrongKind, "denials[0].deniedClaims[0]", "usa"),
        ["supersedes an actor"] = (Document with { Claims = [A10Claim with { Supersedes = ["usa"] }, Presence] }, ErrorCodes.ReferenceWrongKind, "claims[0].supersedes[0]", "usa"),
        ["retracts a dangling claim"] = (Document with { Claims = [A10Claim with { Retracts = ["ghost"] }, Presence] }, ErrorCodes.ReferenceDangling, "claims[0].retracts[0]", "ghost"),
        ["null superseded claim"] = (Document with { Claims = [A10Claim with { Supersedes = [null!] }, Presence] }, ErrorCodes.ElementNull, "claims[0].supersedes[0]", null),
        ["update of another voice"] = (Document with { Claims = [A10Claim, Presence with { Claimant = "usa", Supersedes = ["c-a10"] }] }, ErrorCodes.UpdateOtherVoice, "claims[1].supersedes[0]", "c-a10"),
        ["retraction of another voice's claim"] = (Document with { Claims = [A10Claim, Presence with { Claimant = "russia", Retracts = ["c-a10"] }] }, ErrorCodes.UpdateOtherVoice, "claims[1].retracts[0]", "c-a10"),
        ["update of a claim stated later"] = (Document with { Claims = [A10Claim with { StatedAt = StatedOn(20) }, Presence with { StatedAt = StatedOn(11, TimePrecision.Day), Supersedes = ["c-a10"] }] }, ErrorCodes.UpdateOrder, "claims[1].supersedes[0]", "c-a10"),
        ["retraction of a claim stated later"] = (Document with { Claims = [A10Claim with { StatedAt = StatedOn(11) with { Start = StatedOn(11).Start!.Value.AddMinutes(5) } }, Presence with { StatedAt = StatedOn(11), Retracts = ["c-a10"] }] }, ErrorCodes.UpdateOrder, "claims[1].retracts[0]", "c-a10"),
        ["claim superseding itself"] = (Document with { Claims = [A10Claim with { Supersedes = ["c-a10"] }, Presence] }, ErrorCodes.UpdateCycle, "claims[0].supersedes[0]", "c-a10"),
        ["claims updating each other"] = (Document with { Claims = [A10Claim with { Retracts = ["c-presence"] }, Presence with { Supersedes = ["c-a10"] }] }, ErrorCodes.UpdateCycle, "claims[1].supersedes[0]", "c-a10"),
        ["amendment of a record no document has"] = (WithAmendments(new Amendment { Amends = "ghost", Reports = [RtReport] }), ErrorCodes.ReferenceDangling, "amendments[0].amends", "ghost"),
        ["amendment of a source"] = (WithAmendments(new Amendment { Amends = "ibt", Aliases = ["IBT"] }), ErrorCodes.ReferenceWrongKind, "amendments[0].amends", "ibt"),
        ["amendment without a target"] = (WithAmendments(new Amendment { Amends = null!, Aliases = ["IBT"] }), ErrorCodes.Required, "amendments[0].amends", null),
        ["reports added to an actor"] = (WithAmendments(new Amendment { Amends = "usa", Reports = [RtReport] }), ErrorCodes.AmendmentWrongKind, "amendments[0].reports", "usa"),
        ["aliases added to a claim"] = (WithAmendments(new Amendment { Amends = "c-a10", Aliases = ["the A-10 claim"] }), ErrorCodes.AmendmentWrongKind, "amendments[0].aliases", "c-a10"),
        ["affiliations added to a denial"] = (WithAmendments(new Amendment { Amends = "d-usa", Affiliations = [new Affiliation { Actor = "usa", Relation = AffiliationRelation.PartOf }] }), ErrorCodes.AmendmentWrongKind, "amendments[0].affiliations", "d-usa"),
        ["identity links added to a claim"] = (WithAmendments(new Amendment { Amends = "c-a10", SameAs = [new IdentityLink { Actor = "usa", Certainty = IdentityCertainty.Probable }] }), ErrorCodes.AmendmentWrongKind, "amendments[0].sameAs", "c-a10"),
        ["amendment adding nothing"] = (WithAmendments(new Amendment { Amends = "c-a10" }), ErrorCodes.AmendmentEmpty, "amendments[0]", null),
        ["null amendment"] = (WithAmendments([null!]), ErrorCodes.ElementNull, "amendments[0]", null),
        ["null report in an amendment"] = (WithAmendments(new Amendment { Amends = "c-a10", Reports = [RtReport, null!] }), ErrorCodes.ElementNull, "amendments[0].reports[1]", null),
        ["amendment adding a report with a dangling source"] = (WithAmendments(new Amendment { Amends = "c-a10", Reports = [RtReport with { Source = "gone" }] }), ErrorCodes.ReferenceDangling, "amendments[0].reports[0].source", "gone"),
        ["amendment adding a report at a position the claim lacks"] = (WithAmendments(new Amendment { Amends = "c-a10", Reports = [RtReport with { Statements = [3] }] }), ErrorCodes.StatementPosition, "amendments[0].reports[0].statements[0]", "3"),
        ["amendment adding positions to a denial's report"] = (WithAmendments(new Amendment { Amends = "d-usa", Reports = [RtReport with { Statements = [0] }] }), ErrorCodes.ReportStatementsOnDenial, "amendments[0].reports[0].statements", "[1 items]"),
        ["amendment closing an affiliation cycle"] = (WithAmendments(new Amendment { Amends = "usa", Affiliations = [new Affiliation { Actor = "usa", Relation = AffiliationRelation.MemberOf }] }), ErrorCodes.AffiliationCycle, "amendments[0].affiliations[0].actor", "usa"),
        ["amendment adding a conflicting identity link"] = (WithActors(Spokesman, Warren) with { Amendments = [new Amendment { Amends = "pentagon-spokesman", SameAs = [new IdentityLink { Actor = "usa", Certainty = IdentityCertainty.Confirmed }] }] }, ErrorCodes.IdentityConflict, "amendments[0].sameAs[0].actor", "usa"),
        ["amendment adding a blank alias"] = (WithAmendments(new Amendment { Amends = "usa", Aliases = ["U.S.", " "] }), ErrorCodes.Required, "amendments[0].aliases[1]", " "),
        ["cumulative distance"] = (WithFigure(MilesFigure with { Cumulative = true }), ErrorCodes.FigureCumulativeUnit, "claims[1].statements[0].within.cumulative", "mi"),
        ["cumulative rate"] = (WithStatement(new QuantityStatement { Figure = Sorties with { Per = "day", Cumulative = true } }), ErrorCodes.FigureCumulativeUnit, "claims[0].statements[0].figure.cumulative", "day"),
        ["invalid as-of time"] = (WithStatement(new QuantityStatement { Figure = Killed with { Cumulative = true, AsOf = new TimeSpec { Precision = TimePrecision.Day } } }), ErrorCodes.TimeAnchor, "claims[0].statements[0].figure.asOf", null),
    };

    /// <summary>Rules whose breach is a warning: the document stays valid.</summary>
    internal static readonly Dictionary<string, (ClaimDocument Document, string Code, string Path, string? Value)> Warnings = new()
    {
        ["either-of naming one actor"] = (WithStatement(new ResponsibilityStatement { Actors = ["usa"], Combination = ActorCombination.EitherOf }), ErrorCodes.CombinationSingleActor, "claims[0].statements[0].combination", "either-of"),
        ["as-of on a figure that is not cumulative"] = (WithStatement(new QuantityStatement { Figure = Killed with { AsOf = StatedOn(11, TimePrecision.Day) } }), ErrorCodes.FigureAsOfNotCumulative, "claims[0].statements[0].figure.asOf", "2016-02-11T12:00:00.0000000+03:00"),
        ["start on a day its zone skipped"] = (WithTime(new TimeSpec { Start = new DateTimeOffset(2011, 12, 30, 0, 0, 0, TimeSpan.FromHours(14)), Precision = TimePrecision.Day, TimeZone = "Pacific/Apia" }), ErrorCodes.LocalDaySkipped, "claims[0].statedAt.start", "2011-12-30T00:00:00.0000000+14:00"),
        ["end on a day its zone skipped"] = (WithTime(new TimeSpec { Start = new DateTimeOffset(2011, 12, 29, 0, 0, 0, TimeSpan.FromHours(-10)), End = new DateTimeOffset(2011, 12, 30, 6, 0, 0, TimeSpan.FromHours(-10)), Precision = TimePrecision.Hour, TimeZone = "Pacific/Apia" }), ErrorCodes.LocalDaySkipped, "claims[0].statedAt.end", "2011-12-30T06:00:00.0000000-10:00"),
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
        ["the days either side of a day the zone skipped"] = WithTime(new TimeSpec { Start = new DateTimeOffset(2011, 12, 29, 0, 0, 0, TimeSpan.FromHours(-10)), End = new DateTimeOffset(2011, 12, 31, 0, 0, 0, TimeSpan.FromHours(14)), Precision = TimePrecision.Day, TimeZone = "Pacific/Apia" }),
        ["a local hour the zone skipped"] = WithTime(new TimeSpec { Start = new DateTimeOffset(2026, 3, 29, 2, 30, 0, TimeSpan.FromHours(1)), Precision = TimePrecision.Hour, TimeZone = "Europe/Berlin" }),
        ["a local hour the zone repeated"] = WithTime(new TimeSpec { Start = new DateTimeOffset(2026, 10, 25, 2, 30, 0, TimeSpan.FromHours(1)), Precision = TimePrecision.Hour, TimeZone = "Europe/Berlin" }),
        ["relative day a century back"] = WithTime(new TimeSpec { Relative = new RelativeDay { Offset = -36_525 }, Precision = TimePrecision.Day }),
        ["relative day a century ahead"] = WithTime(new TimeSpec { Relative = new RelativeDay { Offset = 36_525 }, Precision = TimePrecision.Day }),
        ["quote after an emoji, in code points"] = WithQuote(new Quote { Exact = "yesterday", Prefix = "🙂 ", Suffix = ".", Start = 77, End = 86 }),
        ["quote with end only"] = WithQuote(new Quote { Exact = "Aleppo", End = 74 }),
        ["quote in a source without text"] = Document with { Claims = [A10Claim with { Reports = [new Report { Source = "rt", Quote = new Quote { Exact = "anything", Start = 5000 } }] }] },
        ["denial of the claimant's own claim"] = Document with { Denials = [UsaDenial with { Claimant = "russia-mod" }] },
        ["general denial with a statement only"] = Document with { Denials = [UsaDenial with { Incident = null, DeniedClaims = [] }] },
        ["denial of claims only"] = Document with { Denials = [UsaDenial with { Statement = null }] },
        ["other target with a name"] = Document with { Incidents = [Bombing with { Targets = [new Target { Kind = TargetKind.Other, Name = "bakery" }] }] },
        ["unnamed speaker with a description only"] = WithActors(Spokesman),
        ["identity link on both actors with one certainty"] = WithActors(
            Spokesman with { SameAs = [new IdentityLink { Actor = "warren", Certainty = IdentityCertainty.Probable, Basis = "same role, same day" }] },
            Warren with { SameAs = [new IdentityLink { Actor = "pentagon-spokesman", Certainty = IdentityCertainty.Probable }] }),
        ["unnamed group and political body"] = WithActors(new Actor { Id = "us-officials", Description = "U.S. military officials", Kind = ActorKind.UnnamedGroup }, new Actor { Id = "hnc", Name = "High Negotiations Committee", Kind = ActorKind.PoliticalBody }),
        ["either of two actors, deliberately"] = WithStatement(new ResponsibilityStatement { Actors = ["usa", "russia"], Combination = ActorCombination.EitherOf, Intent = Intent.Deliberate }),
        ["seventeen actors, each once"] = WithActors([.. Enumerable.Range(0, 17).Select(i => Warren with { Id = "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) })]) with
        {
            Claims = [A10Claim with { Statements = [new ResponsibilityStatement { Actors = [.. Enumerable.Range(0, 17).Select(i => "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))] }] }],
            Denials = [],
        },
        ["target list with a scope"] = WithStatement(new TargetStatement { Scope = TargetScope.Only, Targets = [new Target { Kind = TargetKind.Other, Name = "terrorists" }] }),
        ["statement hedged on its own"] = WithStatement(new TextStatement { Text = "perhaps dozens", Modality = Modality.Hedged }),
        ["denial of one statement, of intent, with its own time and place"] = Document with
        {
            Denials = [UsaDenial with { DeniedClaims = ["c-a10#0", "c-presence"], Denies = DeniedAspect.Intent, Characterization = Characterization.Fabricated, Place = new Place { Name = "Aleppo", Precision = PlacePrecision.City }, Time = StatedOn(10, TimePrecision.Day) }],
        },
        ["reports evidencing some statements"] = Document with { Claims = [TwoStatements with { Reports = [IbtReport with { Statements = [0, 1] }, IbtReport with { Statements = [1] }] }] },
        ["relay that is an actor"] = Document with { Claims = [A10Claim with { Reports = [IbtReport with { Via = ["russia-mod", "rt"] }] }] },
        ["update by the same claimant, stated later"] = Document with { Claims = [A10Claim with { StatedAt = StatedOn(10) }, Presence with { StatedAt = StatedOn(11), Supersedes = ["c-a10"] }] },
        ["update stated on the same day at day precision"] = Document with { Claims = [A10Claim with { StatedAt = StatedOn(12) }, Presence with { StatedAt = StatedOn(11, TimePrecision.Day), Supersedes = ["c-a10"] }] },
        ["update of a claim stated at a relative time"] = Document with { Claims = [A10Claim, Presence with { StatedAt = StatedOn(1), Retracts = ["c-a10"] }] },
        ["retraction by a spokesperson of the claimant"] = WithActors(Konashenkov) with { Claims = [A10Claim, Presence with { Claimant = "konashenkov", Retracts = ["c-a10"] }] },
        ["update by an actor identified with the claimant"] = WithActors(Spokesman with { SameAs = [new IdentityLink { Actor = "warren", Certainty = IdentityCertainty.Confirmed }] }, Warren) with
        {
            Claims = [A10Claim with { Claimant = "pentagon-spokesman" }, Presence with { Claimant = "warren", Supersedes = ["c-a10"] }],
        },
        ["a chain of updates"] = Document with { Claims = [A10Claim, Presence with { Supersedes = ["c-a10"] }, A10Claim with { Id = "c-3", Supersedes = ["c-presence"], Retracts = ["c-a10"] }] },
        ["cumulative count as of a day"] = WithStatement(new QuantityStatement { Figure = Killed with { Cumulative = true, AsOf = StatedOn(11, TimePrecision.Day) } }),
        ["amendments adding a report to a claim and a denial, and an alias to an actor"] = WithAmendments(
            new Amendment { Amends = "c-a10", Reports = [RtReport] },
            new Amendment { Amends = "d-usa", Reports = [RtReport] },
            new Amendment { Amends = "usa", Aliases = ["U.S."], Affiliations = [new Affiliation { Actor = "russia", Relation = AffiliationRelation.MemberOf }] }),
        ["amendment adding what the record already has"] = WithAmendments(new Amendment { Amends = "russia-mod", Aliases = ["Russian defense ministry"] }, new Amendment { Amends = "c-a10", Reports = [IbtReport] }),
        ["amendment adding a report with positions"] = Document with { Claims = [TwoStatements, Presence], Amendments = [new Amendment { Amends = "c-a10", Reports = [RtReport with { Statements = [1] }] }] },
        ["amendment adding an identity link"] = WithActors(Spokesman, Warren) with { Amendments = [new Amendment { Amends = "warren", SameAs = [new IdentityLink { Actor = "pentagon-spokesman", Certainty = IdentityCertainty.Confirmed }] }] },
        ["every statement kind"] = Document with
        {
            Claims =
            [
                A10Claim,
                Presence,
                A10Claim with { Id = "c-3", Statements = [new QuantityStatement { Figure = MilesFigure with { Measure = "sorties", Unit = "sorties", Qualifier = FigureQualifier.Exact, Value = 510 }, Subject = "russia", Period = new TimeSpec { Start = Noon, End = Noon.AddDays(7), Precision = TimePrecision.Day } }] },
                A10Claim with { Id = "c-4", Statements = [new TargetStatement { Targets = [new Target { Kind = TargetKind.School }] }] },
                A10Claim with { Id = "c-5", Statements = [new OccurrenceStatement { Time = new TimeSpec { Relative = new RelativeDay { Weekday = DayOfWeek.Wednesday }, Precision = TimePrecision.Day, TimeZone = "Asia/Damascus" } }] },
                A10Claim with { Id = "c-6", Statements = [new TextStatement { Text = "would never strike civilians" }] },
            ],
        },
    };

    public static TheoryData<string> InvalidCases => new(Invalid.Keys);

    public static TheoryData<string> ValidCases => new(ValidVariants.Keys);

    public static TheoryData<string> WarningCases => new(Warnings.Keys);

    /// <summary>A claim of two statements: who did it, and when.</summary>
    private static Claim TwoStatements => A10Claim with
    {
        Statements = [A10Claim.Statements[0], new OccurrenceStatement { Time = new TimeSpec { Relative = new RelativeDay { Weekday = DayOfWeek.Wednesday }, Precision = TimePrecision.Day } }],
    };

    /// <summary>A report of the Russia Today source (which has no text).</summary>
    private static Report RtReport => new() { Source = "rt", Quote = new Quote { Exact = "two A-10s" } };

    private static Figure Sorties => new() { Measure = "sorties", Unit = "sorties", Qualifier = FigureQualifier.Exact, Value = 40, Text = "40 sorties" };

    private static Figure Killed => new() { Measure = "killed", Unit = "people", Qualifier = FigureQualifier.AtLeast, Value = 27, Text = "at least 27" };

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Broken_rule_is_reported_with_its_code_path_and_value(string name)
    {
        var (document, code, path, value) = Invalid[name];
        IssueAssert.Single(document, code, path, value);
    }

    [Theory]
    [MemberData(nameof(WarningCases))]
    public void Warning_is_reported_with_its_code_path_and_value_and_the_document_stays_valid(string name)
    {
        var (document, code, path, value) = Warnings[name];
        var outcome = ClaimValidation.Validate(document);
        var issue = Assert.Single(outcome.Issues);
        Assert.Equal((code, path, value, IssueSeverity.Warning), (issue.Code, issue.Path, issue.Value, issue.Severity));
        Assert.True(outcome.IsValid);
    }

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void Document_near_a_rule_boundary_is_valid(string name) => IssueAssert.Valid(ValidVariants[name]);

    [Fact]
    public void Every_error_code_except_merge_and_internal_ones_has_an_invalid_case()
    {
        var covered = Invalid.Values.Concat(Warnings.Values).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
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
