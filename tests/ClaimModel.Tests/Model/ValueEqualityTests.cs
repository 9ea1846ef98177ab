using ClaimModel.Tests.Support;

namespace ClaimModel.Tests.Model;

/// <summary>Value semantics of every record (and <see cref="ValueList{T}"/>), through the one shared
/// <see cref="EqualityAssert.ValueSemantics{T}"/>: each test builds two equal instances separately and
/// values that differ in one member.</summary>
public sealed class ValueEqualityTests
{
    private static readonly DateTimeOffset Noon = new(2016, 2, 10, 12, 0, 0, TimeSpan.FromHours(2));

    [Fact]
    public void Affiliation_has_value_semantics() => EqualityAssert.ValueSemantics(
        Affiliation(),
        Affiliation(),
        Affiliation() with { Actor = "usa" },
        Affiliation() with { Relation = AffiliationRelation.MemberOf });

    [Fact]
    public void Actor_compares_aliases_and_affiliations_element_wise() => EqualityAssert.ValueSemantics(
        Actor(),
        Actor(),
        Actor() with { Id = "x" },
        Actor() with { Name = "x" },
        Actor() with { Kind = ActorKind.Coalition },
        Actor() with { Aliases = ["U.S. defense ministry", "Pentagon"] },
        Actor() with { Aliases = ["Pentagon"] },
        Actor() with { Affiliations = [] });

    [Fact]
    public void Source_has_value_semantics() => EqualityAssert.ValueSemantics(
        Source(),
        Source(),
        Source() with { Id = "x" },
        Source() with { Kind = SourceKind.WireAgency },
        Source() with { Outlet = "x" },
        Source() with { Title = null },
        Source() with { Url = "https://example.org/b" },
        Source() with { Published = null },
        Source() with { PublishedBasis = "x" },
        Source() with { AffiliatedActor = null },
        Source() with { Text = "x" });

    [Fact]
    public void Incident_has_value_semantics() => EqualityAssert.ValueSemantics(
        Incident(),
        Incident(),
        Incident() with { Id = "x" },
        Incident() with { Kind = IncidentKind.Shelling },
        Incident() with { Title = "x" },
        Incident() with { Place = Place() with { Name = "Azaz" } },
        Incident() with { Time = null },
        Incident() with { Targets = [new Target { Kind = TargetKind.School }] },
        Incident() with { PartOf = "x" });

    [Fact]
    public void Place_has_value_semantics() => EqualityAssert.ValueSemantics(
        Place(),
        Place(),
        Place() with { Name = "x" },
        Place() with { Country = null },
        Place() with { Coordinates = new GeoPoint { Latitude = 36.2, Longitude = 37.17 } },
        Place() with { Precision = PlacePrecision.Site });

    [Fact]
    public void GeoPoint_has_value_semantics() => EqualityAssert.ValueSemantics(
        new GeoPoint { Latitude = 36.2, Longitude = 37.16 },
        new GeoPoint { Latitude = 36.2, Longitude = 37.16 },
        new GeoPoint { Latitude = 36.20000000000001, Longitude = 37.16 },
        new GeoPoint { Latitude = 36.2, Longitude = -37.16 });

    [Fact]
    public void Target_has_value_semantics() => EqualityAssert.ValueSemantics(
        new Target { Kind = TargetKind.Hospital, Name = "al-Quds" },
        new Target { Kind = TargetKind.Hospital, Name = "al-Quds" },
        new Target { Kind = TargetKind.Hospital },
        new Target { Kind = TargetKind.Mosque, Name = "al-Quds" },
        new Target { Kind = TargetKind.Hospital, Name = "al-quds" });

    [Fact]
    public void TimeSpec_has_value_semantics() => EqualityAssert.ValueSemantics(
        Time(),
        Time(),
        Time() with { Text = "x" },
        Time() with { Start = Noon.AddTicks(1) },
        Time() with { End = null },
        Time() with { Relative = new RelativeDay { Offset = 0 } },
        Time() with { PartOfDay = DayPart.Evening },
        Time() with { Precision = TimePrecision.Exact },
        Time() with { TimeZone = "Europe/Moscow" });

    [Fact]
    public void TimeSpec_with_the_same_instant_at_another_offset_is_a_different_value() =>
        Assert.NotEqual(Time(), Time() with { Start = Noon.ToOffset(TimeSpan.Zero) });

    [Fact]
    public void RelativeDay_has_value_semantics() => EqualityAssert.ValueSemantics(
        new RelativeDay { Offset = -1 },
        new RelativeDay { Offset = -1 },
        new RelativeDay { Offset = 0 },
        new RelativeDay { Weekday = DayOfWeek.Wednesday },
        new RelativeDay());

    [Fact]
    public void Figure_has_value_semantics_without_unit_conversion() => EqualityAssert.ValueSemantics(
        Figure(),
        Figure(),
        Figure() with { Measure = "x" },
        Figure() with { Unit = "km" },
        Figure() with { Qualifier = FigureQualifier.Exact },
        Figure() with { Value = 12.6m },
        Figure() with { UpperValue = null },
        Figure() with { Vague = VagueQuantity.Dozens },
        Figure() with { Per = null },
        Figure() with { Text = "x" });

    [Fact]
    public void Figure_values_with_different_scales_are_equal_as_decimals_are() =>
        Assert.Equal(Figure() with { Value = 12.50m }, Figure() with { Value = 12.5m });

    [Fact]
    public void Quote_has_value_semantics() => EqualityAssert.ValueSemantics(
        Quote(),
        Quote(),
        Quote() with { Exact = "x" },
        Quote() with { Prefix = null },
        Quote() with { Suffix = "x" },
        Quote() with { Start = 1 },
        Quote() with { End = null });

    [Fact]
    public void Report_compares_via_element_wise() => EqualityAssert.ValueSemantics(
        Report(),
        Report(),
        Report() with { Source = "x" },
        Report() with { Via = ["tass", "rt"] },
        Report() with { Via = [] },
        Report() with { Quote = Quote() with { Exact = "x" } });

    [Fact]
    public void Responsibility_statement_has_value_semantics() => EqualityAssert.ValueSemantics(
        new ResponsibilityStatement { Actors = ["usa"], Targets = [new Target { Kind = TargetKind.Objects }] },
        new ResponsibilityStatement { Actors = ["usa"], Targets = [new Target { Kind = TargetKind.Objects }] },
        new ResponsibilityStatement { Actors = ["russia"], Targets = [new Target { Kind = TargetKind.Objects }] },
        new ResponsibilityStatement { Actors = ["usa"] });

    [Fact]
    public void Presence_statement_has_value_semantics() => EqualityAssert.ValueSemantics(
        Presence(),
        Presence(),
        Presence() with { Actors = ["usa"] },
        Presence() with { Present = true },
        Presence() with { Place = null },
        Presence() with { Within = Figure() with { Value = 13 } },
        Presence() with { Time = null });

    [Fact]
    public void Quantity_statement_has_value_semantics() => EqualityAssert.ValueSemantics(
        new QuantityStatement { Figure = Figure(), Subject = "russia", Period = Time() },
        new QuantityStatement { Figure = Figure(), Subject = "russia", Period = Time() },
        new QuantityStatement { Figure = Figure() with { Per = "day" }, Subject = "russia", Period = Time() },
        new QuantityStatement { Figure = Figure(), Subject = "usa", Period = Time() },
        new QuantityStatement { Figure = Figure(), Subject = "russia" });

    [Fact]
    public void Target_statement_has_value_semantics() => EqualityAssert.ValueSemantics(
        new TargetStatement { Targets = [new Target { Kind = TargetKind.Hospital }, new Target { Kind = TargetKind.School }] },
        new TargetStatement { Targets = [new Target { Kind = TargetKind.Hospital }, new Target { Kind = TargetKind.School }] },
        new TargetStatement { Targets = [new Target { Kind = TargetKind.School }, new Target { Kind = TargetKind.Hospital }] },
        new TargetStatement { Targets = [] });

    [Fact]
    public void Occurrence_statement_has_value_semantics() => EqualityAssert.ValueSemantics(
        new OccurrenceStatement { Time = Time() },
        new OccurrenceStatement { Time = Time() },
        new OccurrenceStatement { Time = Time() with { Precision = TimePrecision.Week } });

    [Fact]
    public void Text_statement_has_value_semantics() => EqualityAssert.ValueSemantics(
        new TextStatement { Text = "would never strike civilians" },
        new TextStatement { Text = "would never strike civilians" },
        new TextStatement { Text = "would never strike civilians." });

    [Fact]
    public void Statements_of_different_kinds_are_never_equal() => EqualityAssert.ValueSemantics<Statement>(
        new ResponsibilityStatement { Actors = ["usa"] },
        new ResponsibilityStatement { Actors = ["usa"] },
        new PresenceStatement { Actors = ["usa"], Present = true },
        new TextStatement { Text = "usa" },
        new TargetStatement { Targets = [] });

    [Fact]
    public void Claim_has_value_semantics() => EqualityAssert.ValueSemantics(
        Claim(),
        Claim(),
        Claim() with { Id = "x" },
        Claim() with { Claimant = "x" },
        Claim() with { Incident = null },
        Claim() with { Statements = [new TextStatement { Text = "t" }] },
        Claim() with { Modality = Modality.Suggested },
        Claim() with { StatedAt = Time() },
        Claim() with { Reports = [Report(), Report()] });

    [Fact]
    public void Denial_has_value_semantics() => EqualityAssert.ValueSemantics(
        Denial(),
        Denial(),
        Denial() with { Id = "x" },
        Denial() with { Claimant = "x" },
        Denial() with { Incident = "x" },
        Denial() with { DeniedClaims = ["c2", "c1"] },
        Denial() with { Statement = null },
        Denial() with { Modality = Modality.Estimated },
        Denial() with { StatedAt = null },
        Denial() with { Reports = [] });

    [Fact]
    public void Separately_built_documents_are_equal_element_wise() => EqualityAssert.ValueSemantics(
        SampleDocuments.Representative(),
        SampleDocuments.Representative(),
        SampleDocuments.Representative() with { Title = null },
        SampleDocuments.Representative() with { Actors = SampleDocuments.Representative().Actors.Add(Actor()) },
        SampleDocuments.Representative() with { Sources = [] },
        SampleDocuments.Representative() with { Incidents = [Incident()] },
        SampleDocuments.Representative() with { Claims = [.. SampleDocuments.Representative().Claims.Reverse()] },
        SampleDocuments.Representative() with { Denials = [Denial()] });

    [Fact]
    public void ValueList_has_value_semantics_for_strings_and_records()
    {
        EqualityAssert.ValueSemantics<ValueList<string>>(["a", "b"], ValueList.From(new List<string> { "a", "b" }), ["b", "a"], ["a"], [], ["a", "b", "c"]);
        EqualityAssert.ValueSemantics<ValueList<Claim>>([Claim()], [Claim()], [Claim() with { Id = "x" }], []);
        EqualityAssert.ValueSemantics<ValueList<Statement>>([new TextStatement { Text = "t" }], [new TextStatement { Text = "t" }], [new TextStatement { Text = "u" }]);
    }

    [Fact]
    public void Default_and_empty_ValueList_are_equal() =>
        EqualityAssert.ValueSemantics(default(ValueList<int>), ValueList<int>.Empty, [0], [1, 2]);

    private static Affiliation Affiliation() => new() { Actor = "russia", Relation = AffiliationRelation.PartOf };

    private static Actor Actor() => new()
    {
        Id = "us-dod",
        Name = "U.S. Department of Defense",
        Kind = ActorKind.Ministry,
        Aliases = ["Pentagon", "U.S. defense ministry"],
        Affiliations = [new Affiliation { Actor = "usa", Relation = AffiliationRelation.PartOf }],
    };

    private static Source Source() => new()
    {
        Id = "ibt",
        Kind = SourceKind.NewsOutlet,
        Outlet = "IBTimes",
        Title = "Russia blames US",
        Url = "https://example.org/a",
        Published = Time(),
        PublishedBasis = "said Thursday",
        AffiliatedActor = "usa",
        Text = "text",
    };

    private static Place Place() => new() { Name = "Aleppo", Country = "SY", Coordinates = new GeoPoint { Latitude = 36.2, Longitude = 37.16 }, Precision = PlacePrecision.City };

    private static Incident Incident() => new()
    {
        Id = "i",
        Kind = IncidentKind.Airstrike,
        Title = "Strike",
        Place = Place(),
        Time = Time(),
        Targets = [new Target { Kind = TargetKind.Hospital }],
        PartOf = "offensive",
    };

    private static TimeSpec Time() => new()
    {
        Text = "Wednesday",
        Start = Noon,
        End = Noon.AddHours(1),
        Relative = new RelativeDay { Offset = -1 },
        PartOfDay = DayPart.Morning,
        Precision = TimePrecision.Hour,
        TimeZone = "Asia/Damascus",
    };

    private static Figure Figure() => new()
    {
        Measure = "distance",
        Unit = "mi",
        Qualifier = FigureQualifier.Between,
        Value = 12.5m,
        UpperValue = 20m,
        Vague = VagueQuantity.Several,
        Per = "week",
        Text = "12.5 to 20 miles",
    };

    private static Quote Quote() => new() { Exact = "two A-10", Prefix = "(5:55), ", Suffix = " aircraft", Start = 10, End = 18 };

    private static Report Report() => new() { Source = "ibt", Via = ["rt", "tass"], Quote = Quote() };

    private static PresenceStatement Presence() => new() { Actors = ["russia"], Present = false, Place = Place(), Within = Figure(), Time = Time() };

    private static Claim Claim() => new()
    {
        Id = "c",
        Claimant = "konashenkov",
        Incident = "i",
        Statements = [Presence()],
        Modality = Modality.Asserted,
        Reports = [Report()],
    };

    private static Denial Denial() => new()
    {
        Id = "d",
        Claimant = "usa",
        DeniedClaims = ["c1", "c2"],
        Statement = Presence(),
        StatedAt = Time(),
        Reports = [Report()],
    };
}
