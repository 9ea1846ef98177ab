using System.Globalization;
using CsCheck;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>A structure-aware generator of <em>valid</em> documents with values at the edges of what validation
/// accepts: figure values from 10^-28 to <see cref="decimal.MaxValue"/> in every unit dimension and qualifier, times
/// in the first and last days of years 1 and 9999 in zones east and west of UTC at every precision and part of the
/// day, relative days at the validated offset limit (±36,525) anchored on those days, and affiliation chains. Few ids,
/// so the statements land in the same buckets and are compared.</summary>
internal static class ExtremeDocuments
{
    /// <summary>The validated limit of a relative day's offset (<c>relative-day-offset-range</c>).</summary>
    public const int OffsetLimit = 36_525;

    private static readonly string[] Claimants = ["russia", "russia-mod", "usa", "us-air-force", "syria", "sohr"];
    private static readonly string[] Zones = ["UTC", "Pacific/Kiritimati", "Etc/GMT-14", "Pacific/Pago_Pago", "Etc/GMT+12", "America/New_York", "Asia/Damascus", "Pacific/Apia", "Australia/Lord_Howe"];
    private static readonly string[] Units = ["mi", "km", "m", "ft", "s", "min", "h", "day", "people", "sorties"];
    private static readonly string[] CountUnits = ["people", "sorties"];

    /// <summary>Non-negative decimals, mostly at the edges: 0, 10^-28, 28-digit fractions, values next to
    /// <see cref="decimal.MaxValue"/>.</summary>
    public static readonly Gen<decimal> Value = Gen.Frequency(
        (4, Gen.OneOf(0m, 0.0000000000000000000000000001m, 0.5m, 1m, 12.5m, 510m, 7.9228162514264337593543950335m,
            1e28m, 39614081257132168796771975168m, 79228162514264337593543950334m, decimal.MaxValue)),
        (1, Gen.Decimal.Select(Math.Abs)));

    /// <summary>Instants in the first and last days of the calendar (and one in between), at offsets from −14 to +14 hours.</summary>
    public static readonly Gen<DateTimeOffset> Instant = Gen.Select(
        Gen.OneOf(
            DateTimeOffset.MinValue.UtcTicks,
            DateTimeOffset.MinValue.UtcTicks + TimeSpan.TicksPerHour,
            DateTimeOffset.MinValue.UtcTicks + (13 * TimeSpan.TicksPerDay) + 1,
            new DateTimeOffset(2016, 2, 10, 12, 0, 0, TimeSpan.Zero).UtcTicks,
            new DateTimeOffset(2011, 12, 29, 10, 0, 0, TimeSpan.Zero).UtcTicks,
            DateTimeOffset.MaxValue.UtcTicks - (13 * TimeSpan.TicksPerDay),
            DateTimeOffset.MaxValue.UtcTicks - TimeSpan.TicksPerHour,
            DateTimeOffset.MaxValue.UtcTicks - TimeSpan.TicksPerSecond + 1,
            DateTimeOffset.MaxValue.UtcTicks),
        Gen.Int[-14 * 4, 14 * 4],
        static (ticks, quarters) => AtOffset(ticks, TimeSpan.FromMinutes(15 * quarters)));

    /// <summary>Absolute or relative times at every precision, in zones east and west of UTC or none.</summary>
    public static readonly Gen<TimeSpec> Time = Gen.Select(
        Instant,
        Gen.Enum<TimePrecision>(),
        Gen.OneOf<string?>([null, .. Zones]),
        Gen.Int[0, 9],
        Gen.Int[0, 99],
        Gen.Enum<DayPart>(),
        static (start, precision, zone, shape, pick, part) =>
        {
            var partOfDay = precision == TimePrecision.Day && pick % 3 == 0 ? part : (DayPart?)null;
            return shape switch
            {
                < 5 => new TimeSpec { Start = start, Precision = precision, TimeZone = zone, PartOfDay = partOfDay, Text = "at the edge" },
                < 7 => new TimeSpec { Start = start, End = EndAfter(start, pick), Precision = precision, TimeZone = zone, Text = "between" },
                < 9 => new TimeSpec
                {
                    Relative = new RelativeDay { Offset = (pick % 5) switch { 0 => OffsetLimit, 1 => -OffsetLimit, 2 => -1, 3 => 1, _ => 0 } },
                    Precision = TimePrecision.Day,
                    PartOfDay = partOfDay,
                    TimeZone = zone,
                    Text = "offset",
                },
                _ => new TimeSpec { Relative = new RelativeDay { Weekday = (DayOfWeek)(pick % 7) }, Precision = TimePrecision.Day, TimeZone = zone, Text = "weekday" },
            };
        });

    /// <summary>An absolute time, usable as an anchor (a claim's <c>statedAt</c>, a source's publication).</summary>
    public static readonly Gen<TimeSpec> Anchor = Gen.Select(Instant, Gen.Enum<TimePrecision>(), Gen.OneOf<string?>([null, .. Zones]),
        static (start, precision, zone) => new TimeSpec { Start = start, Precision = precision, TimeZone = zone });

    /// <summary>Figures of every qualifier with extreme values; cumulative counts now and then.</summary>
    public static readonly Gen<Figure> Figure = Gen.Select(
        Gen.Enum<FigureQualifier>(),
        Value,
        Value,
        Gen.Int[0, Units.Length - 1],
        Gen.Enum<VagueQuantity>(),
        Gen.Int[0, 99],
        static (qualifier, a, b, unit, vague, pick) =>
        {
            var figure = new Figure
            {
                Measure = pick % 2 == 0 ? "distance" : "killed",
                Unit = Units[unit],
                Qualifier = qualifier,
                Value = qualifier == FigureQualifier.Vague ? null : Math.Min(a, b),
                UpperValue = qualifier == FigureQualifier.Between ? Math.Max(a, b) : null,
                Vague = qualifier == FigureQualifier.Vague ? vague : null,
                Text = "figure",
            };
            return pick % 5 == 0 && CountUnits.Contains(figure.Unit) ? figure with { Cumulative = true } : figure;
        });

    private static readonly Gen<string[]> Performers = Gen.Frequency(
        (3, Gen.OneOf(Claimants).Select(static a => new[] { a })),
        (1, Gen.Select(Gen.OneOf(Claimants), Gen.OneOf(Claimants), static (a, b) => a == b ? new[] { a } : [a, b])));

    /// <summary>Every statement kind, with extreme figures and times.</summary>
    public static readonly Gen<Statement> Statement = Gen.OneOf<Statement>(
        Gen.Select(Performers, Gen.Enum<Intent>(), Gen.Enum<ActorCombination>(),
            static (actors, intent, combination) => new ResponsibilityStatement { Actors = actors, Intent = intent, Combination = combination }),
        Gen.Select(Performers, Gen.Bool, Figure, Time.Null(), static (actors, present, within, time) => new PresenceStatement
        {
            Actors = actors,
            Present = present,
            Within = within with { Measure = "distance-from-aleppo", Cumulative = false },
            Place = new Place { Name = "Aleppo", Precision = PlacePrecision.City },
            Time = time,
        }),
        Gen.Select(Figure, Time.Null(), static (figure, period) => (Statement)Quantity(figure, period: period)),
        Time.Select(static t => (Statement)Occurred(t)),
        Gen.Select(Gen.Enum<TargetKind>(), Gen.Enum<TargetScope>(), static (kind, scope) => (Statement)new TargetStatement
        {
            Targets = [new Target { Kind = kind, Name = kind == TargetKind.Other ? "terrorists" : null }],
            Scope = scope,
        }),
        Gen.Const<Statement>(new TextStatement { Text = "free text" }));

    /// <summary>A valid document: the actors of <see cref="Build.Actors"/> and a chain of <c>chain</c> actors below
    /// <c>russia</c>, one source published at an extreme time, two incidents, claims of one to three statements, and
    /// denials by id and by statement.</summary>
    public static readonly Gen<ClaimDocument> Document = Gen.Select(
        Gen.Select(Statement.Array[1, 3], Gen.OneOf(Claimants), Anchor.Null(0.3), Gen.Int[0, 3]).Array[1, 12],
        Gen.Select(Gen.OneOf(Claimants), Statement.Null(0.3), Gen.Int[0, 20]).Array[0, 4],
        Gen.Select(Anchor.Null(0.2), Time.Null(0.3)),
        Gen.Int[0, 40],
        static (claims, denials, context, chain) => Make(claims, denials, context.Item1, context.Item2, chain));

    /// <summary>A valid document of <paramref name="claims"/> claims in one incident, alternately from two sides
    /// (<c>sohr</c>, <c>usa</c>), all making the same extreme <see cref="Statement"/>: one huge bucket of agreeing
    /// claims, of whichever kind the statement is, that a pairwise engine would compare claims²/2 times.</summary>
    /// <param name="claims">How many claims.</param>
    public static Gen<ClaimDocument> AgreeingBucket(int claims) => Statement.Select(statement => Build.Document(
        Enumerable.Range(0, claims).Select(i => new Claim
        {
            Id = "c" + i.ToString(CultureInfo.InvariantCulture),
            Claimant = i % 2 == 0 ? "sohr" : "usa",
            Incident = "i1",
            Statements = [statement],
            Reports = Reports("src", "quote of c" + i.ToString(CultureInfo.InvariantCulture)),
        })));

    /// <summary>The actors of <see cref="Build.Actors"/> plus <c>link-0</c> … <c>link-{length-1}</c>, each part of the
    /// next, the last part of <c>russia</c>.</summary>
    public static IEnumerable<Actor> Chain(int length)
    {
        for (var i = 0; i < length; i++)
        {
            yield return Actor("link-" + i, (i + 1 < length ? "link-" + (i + 1) : "russia", AffiliationRelation.PartOf));
        }
    }

    private static ClaimDocument Make(
        (Statement[] Statements, string Claimant, TimeSpec? StatedAt, int Incident)[] claims,
        (string Claimant, Statement? Statement, int Target)[] denials,
        TimeSpec? published,
        TimeSpec? incidentTime,
        int chain)
    {
        var claimList = claims.Select((c, i) => new Claim
        {
            Id = "c" + i,
            Claimant = chain > 0 && i == 0 ? "link-0" : c.Claimant,
            Incident = c.Incident == 3 ? null : c.Incident == 2 ? "i2" : "i1",
            Statements = ValueList.From(c.Statements),
            StatedAt = c.StatedAt,
            Reports = Reports("src", "quote of c" + i),
        }).ToList();
        var denialList = denials.Select((d, i) => d.Statement is null || d.Target % 2 == 0
            ? Denial("d" + i, d.Claimant, "i1", d.Statement is ResponsibilityStatement or PresenceStatement ? d.Statement : null, "c" + (d.Target % claims.Length))
            : Denial("d" + i, d.Claimant, d.Target % 3 == 0 ? null : "i1", d.Statement));
        return Build.Document(
            claimList,
            denialList,
            [Incident("i1", time: incidentTime), Incident("i2", "Homs")],
            [Source("src", published)]) with
        {
            Actors = [.. Actors(), .. Chain(chain)],
        };
    }

    private static DateTimeOffset AtOffset(long utcTicks, TimeSpan offset)
    {
        // DateTimeOffset holds a local time in years 1–9999 too: near the edges only offsets towards the middle fit.
        var local = utcTicks + offset.Ticks;
        return local >= DateTimeOffset.MinValue.UtcTicks && local <= DateTimeOffset.MaxValue.UtcTicks
            ? new DateTimeOffset(utcTicks + offset.Ticks, offset)
            : new DateTimeOffset(utcTicks, TimeSpan.Zero);
    }

    /// <summary>An end after <paramref name="start"/> (a tick, an hour, 400 days or the last tick), or none when the
    /// start is the last tick.</summary>
    private static DateTimeOffset? EndAfter(DateTimeOffset start, int pick)
    {
        var room = DateTimeOffset.MaxValue.UtcTicks - start.UtcTicks;
        var span = Math.Min(room, (pick % 4) switch { 0 => 1, 1 => TimeSpan.TicksPerHour, 2 => TimeSpan.TicksPerDay * 400, _ => long.MaxValue });
        return span <= 0 ? null : AtOffset(start.UtcTicks + span, start.Offset);
    }
}
