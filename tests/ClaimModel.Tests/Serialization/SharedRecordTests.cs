using System.Globalization;
using ClaimModel.Serialization;

namespace ClaimModel.Tests.Serialization;

/// <summary>Reading a document shares one instance among equal small value records read for the same member
/// (times, quotes, figures, places, targets): exactly equal ones only, never across members, and never the
/// entities (claims, reports).</summary>
public sealed class SharedRecordTests
{
    private static readonly DateTimeOffset Noon = new(2016, 2, 11, 12, 0, 0, TimeSpan.FromHours(3));

    [Fact]
    public void Equal_times_and_quotes_of_one_member_read_as_one_instance()
    {
        var read = RoundTrip(Claim(0, Time(Noon), "two A-10s bombed Aleppo", 12.5m), Claim(1, Time(Noon), "two A-10s bombed Aleppo", 12.5m));

        Assert.Same(read.Claims[0].StatedAt, read.Claims[1].StatedAt);
        Assert.Same(read.Claims[0].Reports[0].Quote, read.Claims[1].Reports[0].Quote);
        Assert.Same(Figure(read.Claims[0]), Figure(read.Claims[1]));
        Assert.NotSame(read.Claims[0], read.Claims[1]);
        Assert.NotSame(read.Claims[0].Reports[0], read.Claims[1].Reports[0]);
    }

    [Fact]
    public void A_time_equal_to_the_claims_statedAt_stays_its_own_instance()
    {
        // The engine anchors a relative time on the claim's statedAt and tells the two apart by reference.
        var relative = new TimeSpec { Text = "yesterday", Relative = new RelativeDay { Offset = -1 }, Precision = TimePrecision.Day };
        var claim = Claim(0, relative, "q", 1m) with { Statements = [new OccurrenceStatement { Time = relative with { } }] };
        var read = RoundTrip(claim).Claims[0];

        Assert.Equal(read.StatedAt, ((OccurrenceStatement)read.Statements[0]).Time);
        Assert.NotSame(read.StatedAt, ((OccurrenceStatement)read.Statements[0]).Time);
    }

    [Fact]
    public void Values_equal_but_written_differently_are_not_shared()
    {
        var sameInstant = Noon.ToOffset(TimeSpan.Zero);
        var document = Document(Claim(0, Time(Noon), "q", 12.5m), Claim(1, Time(sameInstant), "q", 12.50m), Claim(2, Time(Noon), "q", 12.50m));
        var bytes = ClaimJson.SerializeToUtf8Bytes(document);
        var read = ClaimJson.Deserialize(bytes);

        Assert.NotSame(read.Claims[0].StatedAt, read.Claims[1].StatedAt);
        Assert.NotSame(Figure(read.Claims[0]), Figure(read.Claims[1]));
        Assert.Same(Figure(read.Claims[1]), Figure(read.Claims[2]));
        Assert.Equal("12.50", Figure(read.Claims[2]).Value!.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(bytes, ClaimJson.SerializeToUtf8Bytes(read));
        Assert.Equal(document, read);
    }

    [Fact]
    public void Coordinates_of_zero_and_negative_zero_stay_apart()
    {
        var document = new ClaimDocument
        {
            Incidents =
            [
                Incident("i-1", 0.0), Incident("i-2", -0.0), Incident("i-3", -0.0),
            ],
        };
        var bytes = ClaimJson.SerializeToUtf8Bytes(document);
        var read = ClaimJson.Deserialize(bytes);

        Assert.NotSame(read.Incidents[0].Place, read.Incidents[1].Place);
        Assert.Same(read.Incidents[1].Place, read.Incidents[2].Place);
        Assert.Equal(bytes, ClaimJson.SerializeToUtf8Bytes(read));
    }

    [Fact]
    public void Long_texts_that_recur_read_as_one_string()
    {
        var text = string.Concat(Enumerable.Repeat("The ministry said \"no aircraft\" flew near Aleppo \U0001F600. ", 20));
        var document = new ClaimDocument
        {
            Sources =
            [
                new Source { Id = "s-1", Kind = SourceKind.NewsOutlet, Outlet = "o", Text = text },
                new Source { Id = "s-2", Kind = SourceKind.NewsOutlet, Outlet = "o", Text = text },
            ],
        };
        var read = RoundTrip(document.Sources.ToArray());

        Assert.Same(read.Sources[0].Text, read.Sources[1].Text);
        Assert.Equal(text, read.Sources[1].Text);
    }

    private static Figure Figure(Claim claim) => ((QuantityStatement)claim.Statements[0]).Figure;

    private static TimeSpec Time(DateTimeOffset start) => new() { Start = start, Precision = TimePrecision.Hour, TimeZone = "Asia/Damascus" };

    private static Incident Incident(string id, double latitude) => new()
    {
        Id = id,
        Kind = IncidentKind.Airstrike,
        Title = "strike",
        Place = new Place { Name = "Aleppo", Coordinates = new GeoPoint { Latitude = latitude, Longitude = 37.16 }, Precision = PlacePrecision.City },
    };

    private static Claim Claim(int i, TimeSpec statedAt, string quote, decimal value) => new()
    {
        Id = "c-" + i.ToString(CultureInfo.InvariantCulture),
        Claimant = "a",
        StatedAt = statedAt,
        Statements = [new QuantityStatement { Figure = new Figure { Measure = "killed", Unit = "people", Qualifier = FigureQualifier.Exact, Value = value, Text = "killed" } }],
        Reports = [new Report { Source = "s", Quote = new Quote { Exact = quote } }],
    };

    private static ClaimDocument Document(params Claim[] claims) => new() { Claims = [.. claims] };

    private static ClaimDocument RoundTrip(params Claim[] claims) => ClaimJson.Deserialize(ClaimJson.SerializeToUtf8Bytes(Document(claims)));

    private static ClaimDocument RoundTrip(Source[] sources) => ClaimJson.Deserialize(ClaimJson.SerializeToUtf8Bytes(new ClaimDocument { Sources = [.. sources] }));
}
