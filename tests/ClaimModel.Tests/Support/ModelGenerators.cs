using CsCheck;

namespace ClaimModel.Tests.Support;

/// <summary>CsCheck generators of arbitrary (not necessarily valid) ClaimModel records: unicode text (with
/// surrogate pairs, control characters, quotes), boundary decimals, every enum value, every statement kind,
/// UTC offsets from −14:00 to +14:00 and optional members both set and unset. Lists are short, so a document
/// stays small enough for thousands of samples.</summary>
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

    /// <summary>Actors.</summary>
    public static readonly Gen<Actor> Actor = Gen.Select(
        Id, Text, Gen.Enum<ActorKind>(), Text.Array[0, 3], Affiliation.Array[0, 2],
        (id, name, kind, aliases, affiliations) => new Actor { Id = id, Name = name, Kind = kind, Aliases = aliases, Affiliations = affiliations });

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

    /// <summary>Figures.</summary>
    public static readonly Gen<Figure> Figure = Gen.Select(
        Text, Text, Gen.Enum<FigureQualifier>(), Decimal.Nullable(0.2), Decimal.Nullable(0.6),
        Gen.Enum<VagueQuantity>().Nullable(0.6), Text.Null(0.6), Text,
        (measure, unit, qualifier, value, upper, vague, per, text) => new Figure
        {
            Measure = measure, Unit = unit, Qualifier = qualifier, Value = value, UpperValue = upper, Vague = vague, Per = per, Text = text,
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

    /// <summary>Statements of every kind.</summary>
    public static readonly Gen<Statement> Statement = Gen.OneOf<Statement>(
        Gen.Select(Id, Target.Array[0, 2], (actor, targets) => (Statement)new ResponsibilityStatement { Actors = [actor], Targets = targets }),
        Gen.Select(Id, Gen.Bool, Place.Null(0.5), Figure.Null(0.5), TimeSpec.Null(0.5), (actor, present, place, within, time) =>
            (Statement)new PresenceStatement { Actors = [actor], Present = present, Place = place, Within = within, Time = time }),
        Gen.Select(Figure, Id.Null(0.5), TimeSpec.Null(0.5), (figure, subject, period) =>
            (Statement)new QuantityStatement { Figure = figure, Subject = subject, Period = period }),
        Target.Array[0, 3].Select(targets => (Statement)new TargetStatement { Targets = targets }),
        TimeSpec.Select(time => (Statement)new OccurrenceStatement { Time = time }),
        Text.Select(text => (Statement)new TextStatement { Text = text }));

    /// <summary>Quotes.</summary>
    public static readonly Gen<Quote> Quote = Gen.Select(
        Text, Text.Null(0.5), Text.Null(0.5), Gen.Int.Nullable(0.5), Gen.Int.Nullable(0.5),
        (exact, prefix, suffix, start, end) => new Quote { Exact = exact, Prefix = prefix, Suffix = suffix, Start = start, End = end });

    /// <summary>Reports.</summary>
    public static readonly Gen<Report> Report = Gen.Select(
        Id, Id.Array[0, 2], Quote, (source, via, quote) => new Report { Source = source, Via = via, Quote = quote });

    /// <summary>Claims (reports may be empty: the wire format does not judge, validation does).</summary>
    public static readonly Gen<Claim> Claim = Gen.Select(
        Id, Id, Id.Null(0.5), Statement, Gen.Enum<Modality>(), TimeSpec.Null(0.6), Report.Array[0, 2],
        (id, claimant, incident, statement, modality, statedAt, reports) => new Claim
        {
            Id = id, Claimant = claimant, Incident = incident, Statements = [statement], Modality = modality, StatedAt = statedAt, Reports = reports,
        });

    /// <summary>Denials.</summary>
    public static readonly Gen<Denial> Denial = Gen.Select(
        Gen.Select(Id, Id, Id.Null(0.5), Id.Array[0, 2]),
        Gen.Select(Statement.Null(0.4), Gen.Enum<Modality>(), TimeSpec.Null(0.6), Report.Array[0, 2]),
        (a, b) => new Denial
        {
            Id = a.Item1, Claimant = a.Item2, Incident = a.Item3, DeniedClaims = a.Item4,
            Statement = b.Item1, Modality = b.Item2, StatedAt = b.Item3, Reports = b.Item4,
        });

    /// <summary>Whole documents.</summary>
    public static readonly Gen<ClaimDocument> ClaimDocument = Gen.Select(
        Text.Null(0.3), Actor.Array[0, 3], Source.Array[0, 2], Incident.Array[0, 2], Claim.Array[0, 3], Denial.Array[0, 2],
        (title, actors, sources, incidents, claims, denials) => new ClaimDocument
        {
            Title = title, Actors = actors, Sources = sources, Incidents = incidents, Claims = claims, Denials = denials,
        });
}
