using CsCheck;

namespace ClaimModel.Tests.Support;

/// <summary>CsCheck generators of arbitrary (not necessarily valid) ClaimModel records: unicode text (with
/// surrogate pairs, control characters, quotes), boundary decimals, every enum value, every statement kind,
/// UTC offsets from −14:00 to +14:00 and optional members both set and unset — every member of format version 2
/// (several statements and actors, statement modalities, intent, scope, cumulative figures, identity links,
/// report positions, denial aspects, amendments). Lists are short, so a document stays small enough for
/// thousands of samples.</summary>
public static class ModelGenerators
{
    /// <summary>Text from any valid Unicode scalar values (never a lone surrogate), including the empty string.</summary>
    public static readonly Gen<string> Text =
        Gen.Frequency(
                (6, Gen.Char['\u0000', '\uD7FF'].Select(c => c.ToString())),
                (2, Gen.Char['\uE000', '\uFFFF'].Select(c => c.ToString())),
                (2, Gen.Char["\"\\/\n\t<>&'+é€"].Select(c => c.ToString())),
                (1, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)))
            .Array[0, 12]
            .Select(parts => string.Concat(parts));

    /// <summary>Ids like "c-a10" (any text is allowed on the wire; ids are just short).</summary>
    public static readonly Gen<string> Id = Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-._"].Array[1, 10].Select(c => new string(c));

    /// <summary>Decimals: arbitrary ones plus the boundaries and values with trailing zeros.</summary>
    public static readonly Gen<decimal> Decimal = Gen.Frequency(
        (4, Gen.Decimal),
        (1, Gen.OneOf(decimal.MaxValue, decimal.MinValue, 0m, 1m, -1m, 0.0000000000000000000000000001m, 12.50m, 1888m, 79228162514264337593543950.335m)));

    /// <summary>Date-times from 1900 to 2100 with whole-minute offsets between −14:00 and +14:00, to the tick.</summary>
    public static readonly Gen<DateTimeOffset> DateTimeOffset = Gen.Select(
        Gen.Long[new DateTime(1900, 1, 1).Ticks, new DateTime(2100, 1, 1).Ticks],
        Gen.Int[-14 * 60, 14 * 60],
        (ticks, minutes) => new DateTimeOffset(ticks, TimeSpan.FromMinutes(minutes)));

    /// <summary>Finite doubles, including huge, tiny and negative ones.</summary>
    public static readonly Gen<double> FiniteDouble = Gen.Frequency(
        (3, Gen.Double[-180, 180]),
        (1, Gen.Double.Where(double.IsFinite)));

    /// <summary>Affiliations.</summary>
    public static readonly Gen<Affiliation> Affiliation =
        Gen.Select(Id, Gen.Enum<AffiliationRelation>(), (actor, relation) => new Affiliation { Actor = actor, Relation = relation });

    /// <summary>Identity links.</summary>
    public static readonly Gen<IdentityLink> IdentityLink = Gen.Select(
        Id, Gen.Enum<IdentityCertainty>(), Text.Null(0.5), (actor, certainty, basis) => new IdentityLink { Actor = actor, Certainty = certainty, Basis = basis });

    /// <summary>Actors (named, described, both or neither).</summary>
    public static readonly Gen<Actor> Actor = Gen.Select(
        Id, Text.Null(0.3), Text.Null(0.6), Gen.Enum<ActorKind>(), Text.Array[0, 3], Affiliation.Array[0, 2], IdentityLink.Array[0, 2],
        (id, name, description, kind, aliases, affiliations, sameAs) => new Actor
        {
            Id = id, Name = name, Description = description, Kind = kind, Aliases = aliases, Affiliations = affiliations, SameAs = sameAs,
        });

    /// <summary>Relative days (offset, weekday, both or neither).</summary>
    public static readonly Gen<RelativeDay> RelativeDay = Gen.Select(
        Gen.Int.Nullable(0.5), Gen.Enum<DayOfWeek>().Nullable(0.5),
        (offset, weekday) => new RelativeDay { Offset = offset, Weekday = weekday });

    /// <summary>Times.</summary>
    public static readonly Gen<TimeSpec> TimeSpec = Gen.Select(
        Text.Null(0.3), DateTimeOffset.Nullable(0.4), DateTimeOffset.Nullable(0.6), RelativeDay.Null(0.6),
        Gen.Enum<DayPart>().Nullable(0.6), Gen.Enum<TimePrecision>(), Text.Null(0.4),
        (text, start, end, relative, part, precision, zone) => new TimeSpec
        {
            Text = text, Start = start, End = end, Relative = relative, PartOfDay = part, Precision = precision, TimeZone = zone,
        });

    /// <summary>Coordinates.</summary>
    public static readonly Gen<GeoPoint> GeoPoint =
        Gen.Select(FiniteDouble, FiniteDouble, (latitude, longitude) => new GeoPoint { Latitude = latitude, Longitude = longitude });

    /// <summary>Places.</summary>
    public static readonly Gen<Place> Place = Gen.Select(
        Text, Text.Null(0.5), GeoPoint.Null(0.5), Gen.Enum<PlacePrecision>(),
        (name, country, coordinates, precision) => new Place { Name = name, Country = country, Coordinates = coordinates, Precision = precision });

    /// <summary>Targets.</summary>
    public static readonly Gen<Target> Target =
        Gen.Select(Gen.Enum<TargetKind>(), Text.Null(0.5), (kind, name) => new Target { Kind = kind, Name = name });

    /// <summary>Figures (cumulative or not, with or without the time they are counted up to).</summary>
    public static readonly Gen<Figure> Figure = Gen.Select(
        Gen.Select(Text, Text, Gen.Enum<FigureQualifier>(), Decimal.Nullable(0.2), Decimal.Nullable(0.6)),
        Gen.Select(Gen.Enum<VagueQuantity>().Nullable(0.6), Text.Null(0.6), Text, Gen.Bool, TimeSpec.Null(0.6)),
        (a, b) => new Figure
        {
            Measure = a.Item1, Unit = a.Item2, Qualifier = a.Item3, Value = a.Item4, UpperValue = a.Item5,
            Vague = b.Item1, Per = b.Item2, Text = b.Item3, Cumulative = b.Item4, AsOf = b.Item5,
        });

    /// <summary>Sources.</summary>
    public static readonly Gen<Source> Source = Gen.Select(
        Gen.Select(Id, Gen.Enum<SourceKind>(), Text, Text.Null(0.4)),
        Gen.Select(Text.Null(0.4), TimeSpec.Null(0.4), Text.Null(0.5), Id.Null(0.5), Text.Null(0.5)),
        (a, b) => new Source
        {
            Id = a.Item1, Kind = a.Item2, Outlet = a.Item3, Title = a.Item4,
            Url = b.Item1, Published = b.Item2, PublishedBasis = b.Item3, AffiliatedActor = b.Item4, Text = b.Item5,
        });

    /// <summary>Incidents.</summary>
    public static readonly Gen<Incident> Incident = Gen.Select(
        Id, Gen.Enum<IncidentKind>(), Text, Place.Null(0.4), TimeSpec.Null(0.4), Target.Array[0, 3], Id.Null(0.6),
        (id, kind, title, place, time, targets, partOf) => new Incident
        {
            Id = id, Kind = kind, Title = title, Place = place, Time = time, Targets = targets, PartOf = partOf,
        });

    /// <summary>A statement's own modality: usually none (the claim's).</summary>
    public static readonly Gen<Modality?> StatementModality = Gen.Enum<Modality>().Nullable(0.6);

    /// <summary>The actors of a statement: mostly one, sometimes several (or none: the wire does not judge).</summary>
    public static readonly Gen<string[]> Actors = Gen.Frequency((3, Id.Array[1, 1]), (2, Id.Array[2, 3]), (1, Id.Array[0, 0]));

    /// <summary>Statements of every kind, with every member.</summary>
    public static readonly Gen<Statement> Statement = Gen.OneOf<Statement>(
        Gen.Select(Actors, Gen.Enum<ActorCombination>(), Gen.Enum<Intent>(), Target.Array[0, 2], StatementModality, (actors, combination, intent, targets, modality) =>
            (Statement)new ResponsibilityStatement { Actors = actors, Combination = combination, Intent = intent, Targets = targets, Modality = modality }),
        Gen.Select(
            Gen.Select(Actors, Gen.Enum<ActorCombination>(), Gen.Bool, StatementModality),
            Gen.Select(Place.Null(0.5), Figure.Null(0.5), TimeSpec.Null(0.5)),
            (a, b) => (Statement)new PresenceStatement
            {
                Actors = a.Item1, Combination = a.Item2, Present = a.Item3, Modality = a.Item4, Place = b.Item1, Within = b.Item2, Time = b.Item3,
            }),
        Gen.Select(Figure, Id.Null(0.5), TimeSpec.Null(0.5), StatementModality, (figure, subject, period, modality) =>
            (Statement)new QuantityStatement { Figure = figure, Subject = subject, Period = period, Modality = modality }),
        Gen.Select(Gen.Enum<TargetScope>(), Target.Array[0, 3], StatementModality, (scope, targets, modality) =>
            (Statement)new TargetStatement { Scope = scope, Targets = targets, Modality = modality }),
        Gen.Select(TimeSpec, StatementModality, (time, modality) => (Statement)new OccurrenceStatement { Time = time, Modality = modality }),
        Gen.Select(Text, StatementModality, (text, modality) => (Statement)new TextStatement { Text = text, Modality = modality }));

    /// <summary>What a denial names: a claim id, or one statement of a claim (<c>claimId#n</c>).</summary>
    public static readonly Gen<string> ClaimReference = Gen.Frequency(
        (2, Id),
        (1, Gen.Select(Id, Gen.Int[0, 12], (claim, position) => StatementReference.Format(claim, position))));

    /// <summary>Quotes.</summary>
    public static readonly Gen<Quote> Quote = Gen.Select(
        Text, Text.Null(0.5), Text.Null(0.5), Gen.Int.Nullable(0.5), Gen.Int.Nullable(0.5),
        (exact, prefix, suffix, start, end) => new Quote { Exact = exact, Prefix = prefix, Suffix = suffix, Start = start, End = end });

    /// <summary>Reports (positions may be any integers: validation judges them).</summary>
    public static readonly Gen<Report> Report = Gen.Select(
        Id, Id.Array[0, 3], Gen.Frequency((3, Gen.Const<int[]>([])), (1, Gen.Int.Array[1, 3])), Quote,
        (source, via, statements, quote) => new Report { Source = source, Via = via, Statements = statements, Quote = quote });

    /// <summary>Claims: mostly one statement, sometimes several (reports and statements may be empty: the wire
    /// format does not judge, validation does).</summary>
    public static readonly Gen<Claim> Claim = Gen.Select(
        Gen.Select(Id, Id, Id.Null(0.5), Gen.Frequency((3, Statement.Array[1, 1]), (2, Statement.Array[2, 4]), (1, Statement.Array[0, 0]))),
        Gen.Select(Gen.Enum<Modality>(), TimeSpec.Null(0.6), Report.Array[0, 2], Id.Array[0, 2], Id.Array[0, 2]),
        (a, b) => new Claim
        {
            Id = a.Item1, Claimant = a.Item2, Incident = a.Item3, Statements = a.Item4,
            Modality = b.Item1, StatedAt = b.Item2, Reports = b.Item3, Supersedes = b.Item4, Retracts = b.Item5,
        });

    /// <summary>Denials.</summary>
    public static readonly Gen<Denial> Denial = Gen.Select(
        Gen.Select(Id, Id, Id.Null(0.5), ClaimReference.Array[0, 2], Statement.Null(0.4)),
        Gen.Select(Gen.Enum<DeniedAspect>(), Gen.Enum<Characterization>(), Place.Null(0.6), TimeSpec.Null(0.6)),
        Gen.Select(Gen.Enum<Modality>(), TimeSpec.Null(0.6), Report.Array[0, 2]),
        (a, b, c) => new Denial
        {
            Id = a.Item1, Claimant = a.Item2, Incident = a.Item3, DeniedClaims = a.Item4, Statement = a.Item5,
            Denies = b.Item1, Characterization = b.Item2, Place = b.Item3, Time = b.Item4,
            Modality = c.Item1, StatedAt = c.Item2, Reports = c.Item3,
        });

    /// <summary>Amendments (each list set or empty; an empty amendment is the validator's to judge).</summary>
    public static readonly Gen<Amendment> Amendment = Gen.Select(
        Id, Report.Array[0, 2], Text.Array[0, 2], Affiliation.Array[0, 2], IdentityLink.Array[0, 2],
        (amends, reports, aliases, affiliations, sameAs) => new Amendment
        {
            Amends = amends, Reports = reports, Aliases = aliases, Affiliations = affiliations, SameAs = sameAs,
        });

    /// <summary>Whole documents.</summary>
    public static readonly Gen<ClaimDocument> ClaimDocument = Gen.Select(
        Text.Null(0.3), Actor.Array[0, 3], Source.Array[0, 2], Incident.Array[0, 2], Claim.Array[0, 3], Denial.Array[0, 2], Amendment.Array[0, 2],
        (title, actors, sources, incidents, claims, denials, amendments) => new ClaimDocument
        {
            Title = title, Actors = actors, Sources = sources, Incidents = incidents, Claims = claims, Denials = denials, Amendments = amendments,
        });
}
