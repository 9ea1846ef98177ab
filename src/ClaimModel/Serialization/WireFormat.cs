using System.Globalization;
using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The wire format, versions 1 and 2, as tables: for each record its camelCase members in declaration order
/// (a trailing <c>!</c> marks a required one), the versions a member exists in (<c>.Since(2)</c>: new in version 2;
/// <c>.Until(1)</c>: a version 1 member, read and never written) and the factory that builds the record from the
/// values read (by member index). A version 1 document is read into the current model with the same meaning: the
/// factories (and <see cref="FormatVersions"/>) are that mapping. This is the README's "JSON format" table in code;
/// every rule of reading and writing lives in <see cref="RecordFormat{T}"/> and the member kinds. Tables are
/// declared after the tables they use.</summary>
internal static class WireFormat
{
    /// <summary>Affiliation: <c>actor, relation</c>.</summary>
    public static readonly RecordFormat<Affiliation> Affiliation = new RecordFormat<Affiliation>("an affiliation")
        .Pooled("actor!", a => a.Actor)
        .Enum("relation!", a => a.Relation)
        .Create(s => new Affiliation { Actor = s.String(0)!, Relation = s.Enum<AffiliationRelation>(1) });

    /// <summary>Identity link: <c>actor, certainty, basis</c>.</summary>
    public static readonly RecordFormat<IdentityLink> IdentityLink = new RecordFormat<IdentityLink>("an identity link")
        .Pooled("actor!", l => l.Actor)
        .Enum("certainty!", l => l.Certainty)
        .String("basis", l => l.Basis)
        .Create(s => new IdentityLink { Actor = s.String(0)!, Certainty = s.Enum<IdentityCertainty>(1), Basis = s.String(2) });

    /// <summary>Actor: <c>id, name, description, kind, aliases, affiliations, sameAs</c> (version 1: <c>name</c>
    /// required, no <c>description</c> or <c>sameAs</c>).</summary>
    public static readonly RecordFormat<Actor> Actor = new RecordFormat<Actor>("an actor")
        .Pooled("id!", a => a.Id)
        .String("name!", a => a.Name).Until(1)
        .String("name", a => a.Name).Since(2)
        .String("description", a => a.Description).Since(2)
        .Enum("kind!", a => a.Kind)
        .List("aliases", a => a.Aliases, StringFormat.Instance)
        .List("affiliations", a => a.Affiliations, Affiliation)
        .List("sameAs", a => a.SameAs, IdentityLink).Since(2)
        .Create(s => new Actor
        {
            Id = s.String(0)!, Name = s.String(1) ?? s.String(2), Description = s.String(3), Kind = s.Enum<ActorKind>(4),
            Aliases = s.List<string>(5), Affiliations = s.List<Affiliation>(6), SameAs = s.List<IdentityLink>(7),
        });

    /// <summary>Relative day: <c>offset, weekday</c>.</summary>
    public static readonly RecordFormat<RelativeDay> RelativeDay = new RecordFormat<RelativeDay>("a relative day").Shared()
        .Int32("offset", r => r.Offset)
        .OptionalEnum("weekday", r => r.Weekday)
        .Create(s => new RelativeDay { Offset = s.Int32(0), Weekday = s.OptionalEnum<DayOfWeek>(1) });

    /// <summary>Time: <c>text, start, end, relative, partOfDay, precision, timeZone</c>.</summary>
    public static readonly RecordFormat<TimeSpec> TimeSpec = new RecordFormat<TimeSpec>("a time").Shared()
        .Pooled("text", t => t.Text)
        .DateTimeOffset("start", t => t.Start)
        .DateTimeOffset("end", t => t.End)
        .Value("relative", t => t.Relative, RelativeDay)
        .OptionalEnum("partOfDay", t => t.PartOfDay)
        .Enum("precision!", t => t.Precision)
        .Pooled("timeZone", t => t.TimeZone)
        .Create(s => new TimeSpec
        {
            Text = s.String(0), Start = s.DateTimeOffset(1), End = s.DateTimeOffset(2), Relative = s.Value<RelativeDay>(3),
            PartOfDay = s.OptionalEnum<DayPart>(4), Precision = s.Enum<TimePrecision>(5), TimeZone = s.String(6),
        });

    /// <summary>Source: <c>id, kind, outlet, title, url, published, publishedBasis, affiliatedActor, text</c>.</summary>
    public static readonly RecordFormat<Source> Source = new RecordFormat<Source>("a source")
        .Pooled("id!", s => s.Id)
        .Enum("kind!", s => s.Kind)
        .Pooled("outlet!", s => s.Outlet)
        .Pooled("title", s => s.Title)
        .String("url", s => s.Url)
        .Value("published", s => s.Published, TimeSpec)
        .Pooled("publishedBasis", s => s.PublishedBasis)
        .Pooled("affiliatedActor", s => s.AffiliatedActor)
        .Pooled("text", s => s.Text)
        .Create(s => new Source
        {
            Id = s.String(0)!, Kind = s.Enum<SourceKind>(1), Outlet = s.String(2)!, Title = s.String(3), Url = s.String(4),
            Published = s.Value<TimeSpec>(5), PublishedBasis = s.String(6), AffiliatedActor = s.String(7), Text = s.String(8),
        });

    /// <summary>Coordinates: <c>latitude, longitude</c>.</summary>
    public static readonly RecordFormat<GeoPoint> GeoPoint = new RecordFormat<GeoPoint>("a geo point").Shared()
        .Double("latitude!", g => g.Latitude)
        .Double("longitude!", g => g.Longitude)
        .Create(s => new GeoPoint { Latitude = s.Double(0), Longitude = s.Double(1) });

    /// <summary>Place: <c>name, country, coordinates, precision</c>.</summary>
    public static readonly RecordFormat<Place> Place = new RecordFormat<Place>("a place").Shared()
        .Pooled("name!", p => p.Name)
        .Pooled("country", p => p.Country)
        .Value("coordinates", p => p.Coordinates, GeoPoint)
        .Enum("precision!", p => p.Precision)
        .Create(s => new Place { Name = s.String(0)!, Country = s.String(1), Coordinates = s.Value<GeoPoint>(2), Precision = s.Enum<PlacePrecision>(3) });

    /// <summary>Target: <c>kind, name</c>.</summary>
    public static readonly RecordFormat<Target> Target = new RecordFormat<Target>("a target").Shared()
        .Enum("kind!", t => t.Kind)
        .Pooled("name", t => t.Name)
        .Create(s => new Target { Kind = s.Enum<TargetKind>(0), Name = s.String(1) });

    /// <summary>Incident: <c>id, kind, title, place, time, targets, partOf</c>.</summary>
    public static readonly RecordFormat<Incident> Incident = new RecordFormat<Incident>("an incident")
        .Pooled("id!", i => i.Id)
        .Enum("kind!", i => i.Kind)
        .String("title!", i => i.Title)
        .Value("place", i => i.Place, Place)
        .Value("time", i => i.Time, TimeSpec)
        .List("targets", i => i.Targets, Target)
        .Pooled("partOf", i => i.PartOf)
        .Create(s => new Incident
        {
            Id = s.String(0)!, Kind = s.Enum<IncidentKind>(1), Title = s.String(2)!, Place = s.Value<Place>(3),
            Time = s.Value<TimeSpec>(4), Targets = s.List<Target>(5), PartOf = s.String(6),
        });

    /// <summary>Figure: <c>measure, unit, qualifier, value, upperValue, vague, per, text, cumulative, asOf</c> (version 1:
    /// no <c>cumulative</c> or <c>asOf</c>; a <c>less-than</c> figure whose text says "nearly" reads as
    /// <see cref="FigureQualifier.Nearly"/>).</summary>
    public static readonly RecordFormat<Figure> Figure = new RecordFormat<Figure>("a figure").Shared()
        .Pooled("measure!", f => f.Measure)
        .Pooled("unit!", f => f.Unit)
        .Enum("qualifier!", f => f.Qualifier)
        .Decimal("value", f => f.Value)
        .Decimal("upperValue", f => f.UpperValue)
        .OptionalEnum("vague", f => f.Vague)
        .Pooled("per", f => f.Per)
        .Pooled("text!", f => f.Text)
        .Flag("cumulative", f => f.Cumulative).Since(2)
        .Value("asOf", f => f.AsOf, TimeSpec).Since(2)
        .Create(s => new Figure
        {
            Measure = s.String(0)!, Unit = s.String(1)!,
            Qualifier = s.FormatVersion == 1 ? FormatVersions.Version1Qualifier(s.Enum<FigureQualifier>(2), s.String(7)) : s.Enum<FigureQualifier>(2),
            Value = s.Decimal(3), UpperValue = s.Decimal(4), Vague = s.OptionalEnum<VagueQuantity>(5), Per = s.String(6), Text = s.String(7)!,
            Cumulative = s.Boolean(8), AsOf = s.Value<TimeSpec>(9),
        });

    /// <summary>Responsibility statement: <c>kind, actors, combination, intent, targets, modality</c> (version 1: one
    /// <c>actor</c>, no <c>combination</c>, <c>intent</c> or <c>modality</c>).</summary>
    public static readonly RecordFormat<ResponsibilityStatement> ResponsibilityStatement =
        StatementFormat.Kind(new RecordFormat<ResponsibilityStatement>("a responsibility statement"), StatementKind.Responsibility)
        .Pooled("actor!", r => r.Actors.Count == 1 ? r.Actors[0] : null).Until(1)
        .List("actors!", r => r.Actors, StringFormat.Pooled).Since(2)
        .DefaultedEnum("combination", r => r.Combination).Since(2)
        .DefaultedEnum("intent", r => r.Intent).Since(2)
        .List("targets", r => r.Targets, Target)
        .OptionalEnum("modality", r => r.Modality).Since(2)
        .Create(s => new ResponsibilityStatement
        {
            Actors = Actors(s, 1, 2), Combination = s.Enum<ActorCombination>(3), Intent = s.Enum<Intent>(4), Targets = s.List<Target>(5),
            Modality = s.OptionalEnum<Modality>(6),
        });

    /// <summary>Presence statement: <c>kind, actors, combination, present, place, within, time, modality</c> (version 1:
    /// one <c>actor</c>, no <c>combination</c> or <c>modality</c>).</summary>
    public static readonly RecordFormat<PresenceStatement> PresenceStatement =
        StatementFormat.Kind(new RecordFormat<PresenceStatement>("a presence statement"), StatementKind.Presence)
        .Pooled("actor!", p => p.Actors.Count == 1 ? p.Actors[0] : null).Until(1)
        .List("actors!", p => p.Actors, StringFormat.Pooled).Since(2)
        .DefaultedEnum("combination", p => p.Combination).Since(2)
        .Boolean("present!", p => p.Present)
        .Value("place", p => p.Place, Place)
        .Value("within", p => p.Within, Figure)
        .Value("time", p => p.Time, TimeSpec)
        .OptionalEnum("modality", p => p.Modality).Since(2)
        .Create(s => new PresenceStatement
        {
            Actors = Actors(s, 1, 2), Combination = s.Enum<ActorCombination>(3), Present = s.Boolean(4), Place = s.Value<Place>(5),
            Within = s.Value<Figure>(6), Time = s.Value<TimeSpec>(7), Modality = s.OptionalEnum<Modality>(8),
        });

    /// <summary>Quantity statement: <c>kind, figure, subject, period, modality</c> (version 1: no <c>modality</c>).</summary>
    public static readonly RecordFormat<QuantityStatement> QuantityStatement =
        StatementFormat.Kind(new RecordFormat<QuantityStatement>("a quantity statement"), StatementKind.Quantity)
        .Value("figure!", q => q.Figure, Figure)
        .Pooled("subject", q => q.Subject)
        .Value("period", q => q.Period, TimeSpec)
        .OptionalEnum("modality", q => q.Modality).Since(2)
        .Create(s => new QuantityStatement { Figure = s.Value<Figure>(1)!, Subject = s.String(2), Period = s.Value<TimeSpec>(3), Modality = s.OptionalEnum<Modality>(4) });

    /// <summary>Target statement: <c>kind, scope, targets, modality</c> (<c>targets</c> required, written even when
    /// empty; version 1: no <c>scope</c> or <c>modality</c>).</summary>
    public static readonly RecordFormat<TargetStatement> TargetStatement =
        StatementFormat.Kind(new RecordFormat<TargetStatement>("a target statement"), StatementKind.Target)
        .DefaultedEnum("scope", t => t.Scope).Since(2)
        .List("targets!", t => t.Targets, Target)
        .OptionalEnum("modality", t => t.Modality).Since(2)
        .Create(s => new TargetStatement { Scope = s.Enum<TargetScope>(1), Targets = s.List<Target>(2), Modality = s.OptionalEnum<Modality>(3) });

    /// <summary>Occurrence statement: <c>kind, time, modality</c> (version 1: no <c>modality</c>).</summary>
    public static readonly RecordFormat<OccurrenceStatement> OccurrenceStatement =
        StatementFormat.Kind(new RecordFormat<OccurrenceStatement>("an occurrence statement"), StatementKind.Occurrence)
        .Value("time!", o => o.Time, TimeSpec)
        .OptionalEnum("modality", o => o.Modality).Since(2)
        .Create(s => new OccurrenceStatement { Time = s.Value<TimeSpec>(1)!, Modality = s.OptionalEnum<Modality>(2) });

    /// <summary>Text statement: <c>kind, text, modality</c> (version 1: no <c>modality</c>).</summary>
    public static readonly RecordFormat<TextStatement> TextStatement =
        StatementFormat.Kind(new RecordFormat<TextStatement>("a text statement"), StatementKind.Text)
        .Pooled("text!", t => t.Text)
        .OptionalEnum("modality", t => t.Modality).Since(2)
        .Create(s => new TextStatement { Text = s.String(1)!, Modality = s.OptionalEnum<Modality>(2) });

    /// <summary>Quote: <c>exact, prefix, suffix, start, end</c>.</summary>
    public static readonly RecordFormat<Quote> Quote = new RecordFormat<Quote>("a quote").Shared()
        .Pooled("exact!", q => q.Exact)
        .Pooled("prefix", q => q.Prefix)
        .Pooled("suffix", q => q.Suffix)
        .Int32("start", q => q.Start)
        .Int32("end", q => q.End)
        .Create(s => new Quote { Exact = s.String(0)!, Prefix = s.String(1), Suffix = s.String(2), Start = s.Int32(3), End = s.Int32(4) });

    /// <summary>Report: <c>source, via, statements, quote</c> (version 1: no <c>statements</c>).</summary>
    public static readonly RecordFormat<Report> Report = new RecordFormat<Report>("a report")
        .Pooled("source!", r => r.Source)
        .List("via", r => r.Via, StringFormat.Pooled)
        .List("statements", r => r.Statements, Int32Format.Instance).Since(2)
        .Value("quote!", r => r.Quote, Quote)
        .Create(s => new Report { Source = s.String(0)!, Via = s.List<string>(1), Statements = s.List<int>(2), Quote = s.Value<Quote>(3)! });

    /// <summary>Claim: <c>id, claimant, incident, statements, modality, statedAt, reports, supersedes, retracts</c>
    /// (modality always written; version 1: one <c>statement</c>, no <c>supersedes</c> or <c>retracts</c>).</summary>
    public static readonly RecordFormat<Claim> Claim = new RecordFormat<Claim>("a claim")
        .String("id!", c => c.Id)
        .Pooled("claimant!", c => c.Claimant)
        .Pooled("incident", c => c.Incident)
        .Value("statement!", c => c.Statements.Count == 1 ? c.Statements[0] : null, StatementFormat.Instance).Until(1)
        .List("statements!", c => c.Statements, StatementFormat.Instance).Since(2)
        .Enum("modality", c => c.Modality)
        .Value("statedAt", c => c.StatedAt, TimeSpec)
        .List("reports!", c => c.Reports, Report)
        .List("supersedes", c => c.Supersedes, StringFormat.Pooled).Since(2)
        .List("retracts", c => c.Retracts, StringFormat.Pooled).Since(2)
        .Create(s => new Claim
        {
            Id = s.String(0)!, Claimant = s.String(1)!, Incident = s.String(2),
            Statements = s.Value<Statement>(3) is { } single ? [single] : s.List<Statement>(4),
            Modality = s.Enum<Modality>(5), StatedAt = s.Value<TimeSpec>(6), Reports = s.List<Report>(7),
            Supersedes = s.List<string>(8), Retracts = s.List<string>(9),
        });

    /// <summary>Denial: <c>id, claimant, incident, deniedClaims, statement, denies, characterization, place, time,
    /// modality, statedAt, reports</c> (version 1: no <c>denies</c>, <c>characterization</c>, <c>place</c> or
    /// <c>time</c>).</summary>
    public static readonly RecordFormat<Denial> Denial = new RecordFormat<Denial>("a denial")
        .String("id!", d => d.Id)
        .Pooled("claimant!", d => d.Claimant)
        .Pooled("incident", d => d.Incident)
        .List("deniedClaims", d => d.DeniedClaims, StringFormat.Pooled)
        .Value("statement", d => d.Statement, StatementFormat.Instance)
        .DefaultedEnum("denies", d => d.Denies).Since(2)
        .DefaultedEnum("characterization", d => d.Characterization).Since(2)
        .Value("place", d => d.Place, Place).Since(2)
        .Value("time", d => d.Time, TimeSpec).Since(2)
        .Enum("modality", d => d.Modality)
        .Value("statedAt", d => d.StatedAt, TimeSpec)
        .List("reports!", d => d.Reports, Report)
        .Create(s => new Denial
        {
            Id = s.String(0)!, Claimant = s.String(1)!, Incident = s.String(2), DeniedClaims = s.List<string>(3),
            Statement = s.Value<Statement>(4), Denies = s.Enum<DeniedAspect>(5), Characterization = s.Enum<Characterization>(6),
            Place = s.Value<Place>(7), Time = s.Value<TimeSpec>(8), Modality = s.Enum<Modality>(9), StatedAt = s.Value<TimeSpec>(10),
            Reports = s.List<Report>(11),
        });

    /// <summary>Amendment: <c>amends, reports, aliases, affiliations, sameAs</c> (version 2).</summary>
    public static readonly RecordFormat<Amendment> Amendment = new RecordFormat<Amendment>("an amendment")
        .Pooled("amends!", a => a.Amends)
        .List("reports", a => a.Reports, Report)
        .List("aliases", a => a.Aliases, StringFormat.Instance)
        .List("affiliations", a => a.Affiliations, Affiliation)
        .List("sameAs", a => a.SameAs, IdentityLink)
        .Create(s => new Amendment
        {
            Amends = s.String(0)!, Reports = s.List<Report>(1), Aliases = s.List<string>(2), Affiliations = s.List<Affiliation>(3),
            SameAs = s.List<IdentityLink>(4),
        });

    /// <summary>The root: <c>formatVersion, title, actors, sources, incidents, claims, denials, amendments</c>. The version
    /// is checked before the other members, wherever it stands, and decides which members the document may have.</summary>
    public static readonly RecordFormat<ClaimDocument> ClaimDocument = new RecordFormat<ClaimDocument>("a claim document")
        .Fixed("formatVersion!", CheckVersion, (writer, name) => writer.WriteNumber(name, ClaimModel.ClaimDocument.CurrentFormatVersion), checkFirst: true)
        .String("title", d => d.Title)
        .List("actors", d => d.Actors, Actor)
        .List("sources", d => d.Sources, Source)
        .List("incidents", d => d.Incidents, Incident)
        .List("claims", d => d.Claims, Claim)
        .List("denials", d => d.Denials, Denial)
        .List("amendments", d => d.Amendments, Amendment).Since(2)
        .Create(s => new ClaimDocument
        {
            Title = s.String(1), Actors = s.List<Actor>(2), Sources = s.List<Source>(3), Incidents = s.List<Incident>(4),
            Claims = s.List<Claim>(5), Denials = s.List<Denial>(6), Amendments = s.List<Amendment>(7),
        });

    /// <summary>A statement's actors: the version 1 <c>actor</c> (slot <paramref name="single"/>) as a one-element list,
    /// or the version 2 <c>actors</c> (slot <paramref name="list"/>).</summary>
    private static ValueList<string> Actors(RecordSlots s, int single, int list) =>
        s.String(single) is { } actor ? [actor] : s.List<string>(list);

    private static void CheckVersion(ref Utf8JsonReader reader, JsonReadContext context)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var version)
            && version >= FormatVersions.Oldest && version <= ClaimModel.ClaimDocument.CurrentFormatVersion)
        {
            context.FormatVersion = version;
            return;
        }

        var found = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var wide)
            ? wide.ToString(CultureInfo.InvariantCulture)
            : "a value that is not an integer";
        throw context.Fail(
            ref reader,
            string.Create(CultureInfo.InvariantCulture, $"Unsupported formatVersion ({found}); this library reads formatVersion {string.Join(" and ", ClaimModel.ClaimDocument.SupportedFormatVersions)} and writes {ClaimModel.ClaimDocument.CurrentFormatVersion}. Convert the document or use a library version that supports it."));
    }
}
