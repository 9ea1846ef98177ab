using System.Globalization;
using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>Absences and acting claims at one place, or near it by coordinates, with times of every shape (unknown, a
/// few hours, across midnight, a day, several days, weeks) and absences whose radius reaches a few or dozens of 1°
/// cells, added in a shuffled order: each pair whose times overlap (or one of them unknown) is found exactly once, and
/// no pair whose times do not overlap. Checked against every pair judged directly.</summary>
public class PresencePairsTests
{
    private static readonly DateTimeOffset Base = new(2016, 2, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly GeoPoint AleppoPoint = new() { Latitude = 36.2, Longitude = 37.16 };
    private static readonly GeoPoint NearPoint = new() { Latitude = 36.25, Longitude = 37.2 };
    private static readonly GeoPoint FarPoint = new() { Latitude = 41.0, Longitude = 29.0 };

    private sealed record Span(DateTimeOffset Start, DateTimeOffset End);

    /// <summary>A random time: unknown, a few hours (some across midnight), one day, several days, or weeks.</summary>
    private static Span? RandomSpan(Random random)
    {
        var start = Base.AddHours(random.Next(0, 24 * 20));
        return random.Next(8) switch
        {
            0 => null,
            1 or 2 => new Span(start, start.AddHours(random.Next(1, 13))),
            3 or 4 => new Span(start.Date == start.DateTime ? start : new DateTimeOffset(start.Date, TimeSpan.Zero), new DateTimeOffset(start.Date, TimeSpan.Zero).AddDays(1)),
            5 or 6 => new Span(start, start.AddDays(random.Next(1, 6)).AddHours(random.Next(0, 12))),
            _ => new Span(start, start.AddDays(random.Next(9, 30))),
        };
    }

    private static TimeSpec? Time(Span? span) =>
        span is null ? null : new TimeSpec { Start = span.Start, End = span.End, Precision = TimePrecision.Exact, TimeZone = "Etc/UTC" };

    private static bool Overlap(Span? a, Span? b) => a is null || b is null || (a.Start < b.End && b.Start < a.End);

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void Every_overlapping_pair_is_found_once_and_no_other(int seed, bool byCoordinates)
    {
        var random = new Random(seed);
        var incidents = new List<Incident>();
        var claims = new List<Claim>();
        var acting = new List<(string Id, Span? When, bool Near)>();
        var absences = new List<(string Id, Span? When)>();
        for (var i = 0; i < 60; i++)
        {
            var when = RandomSpan(random);
            var near = !byCoordinates || random.Next(4) != 0;
            var id = "i" + i.ToString(CultureInfo.InvariantCulture);
            incidents.Add(byCoordinates
                ? Incident(id, near ? "Anadan" : "Istanbul", Time(when), near ? NearPoint : FarPoint)
                : Incident(id, "Aleppo", Time(when)));
            var claim = "a" + i.ToString(CultureInfo.InvariantCulture);
            claims.Add(Claim(claim, "sohr", id, Did("russia")));
            acting.Add((claim, when, near));
        }

        for (var i = 0; i < 40; i++)
        {
            var when = RandomSpan(random);
            // 20 km reaches 4 cells around Aleppo, 300 km dozens.
            var within = Figure("distance-from-aleppo", "km", FigureQualifier.Exact, random.Next(2) == 0 ? 20 : 300, "km");
            var place = new Place { Name = "Aleppo", Precision = PlacePrecision.City, Coordinates = byCoordinates ? AleppoPoint : null };
            var claim = "n" + i.ToString(CultureInfo.InvariantCulture);
            claims.Add(Claim(claim, "konashenkov", null, NotWithin("russia", within, place, Time(when))));
            absences.Add((claim, when));
        }

        // Shuffled, so that absences and acting claims come in every order.
        var document = Document([.. claims.OrderBy(_ => random.Next())], incidents: incidents);
        var expected = (from absent in absences
                        from act in acting
                        where act.Near && Overlap(absent.When, act.When)
                        select absent.Id + "~" + act.Id).Order(StringComparer.Ordinal).ToList();

        var found = ContradictionDetector.Analyze(document).Findings
            .Where(f => f.Kind == FindingKind.PresenceConflict)
            .Select(f => string.Join("~", f.Participants.Select(p => p.Id).OrderBy(id => id[0] == 'n' ? 0 : 1)))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(expected.Count > 100, $"only {expected.Count} overlapping pairs: the case would not show much");
        Assert.Equal(expected, found);
    }
}
