using ClaimModel.Tests.Support;
using ClaimModel.Validation;
using Snapshooter.Xunit;
using static ClaimModel.Tests.Validation.ValidDocument;

namespace ClaimModel.Tests.Validation;

public class SnapshotTests
{
    [Fact]
    public void Document_with_many_problems_formats_every_issue_in_document_order() =>
        Snapshot.Match(ClaimValidation.Validate(ManyProblems()).Format());

    [Theory]
    [MemberData(nameof(CultureScope.Hostile), MemberType = typeof(CultureScope))]
    public void Issues_do_not_depend_on_the_current_culture(string culture)
    {
        var invariant = ClaimValidation.Validate(ManyProblems()).Format();
        using var scope = new CultureScope(culture);
        Assert.Equal(invariant, ClaimValidation.Validate(ManyProblems()).Format());
    }

    private static ClaimDocument ManyProblems() =>
        new ClaimDocument
        {
            Title = "Many problems",
            Actors =
            [
                Russia with { Affiliations = [new Affiliation { Actor = "russia-mod", Relation = AffiliationRelation.ControlledBy }] },
                Ministry with { Kind = (ActorKind)12, Aliases = [""] },
                Usa with { Id = "USA" },
                null!,
                new Actor { Id = "spokesman", Kind = ActorKind.Person, SameAs = [new IdentityLink { Actor = "russia", Certainty = IdentityCertainty.Probable }] },
            ],
            Sources = [Article with { Url = "www.example.org", Published = Article.Published! with { TimeZone = "Moscow" } }, Rt with { Id = "russia" }],
            Incidents = [Bombing with { PartOf = "aleppo-2016-02-10", Place = Bombing.Place! with { Country = "Syria", Coordinates = new GeoPoint { Latitude = 136.2, Longitude = 37.16 } } }],
            Claims =
            [
                A10Claim with { Claimant = "konashenkov", Reports = [IbtReport with { Via = ["rt"], Quote = new Quote { Exact = "two US A-10s" } }] },
                Presence with { Statements = [new PresenceStatement { Actors = ["russia"], Present = false, Within = MilesFigure with { Qualifier = FigureQualifier.Between, Value = 12, UpperValue = 5, Unit = "Miles" } }] },
                A10Claim with { Id = "c-time", Statements = [new OccurrenceStatement { Time = new TimeSpec { Relative = new RelativeDay { Offset = -1, Weekday = DayOfWeek.Wednesday }, Precision = TimePrecision.Week, PartOfDay = DayPart.EarlyMorning } }], Reports = [] },
                A10Claim with { Id = "c-update", Claimant = "russia", Statements = [new ResponsibilityStatement { Actors = ["russia", "russia"] }, new PresenceStatement { Actors = ["russia"], Combination = ActorCombination.EitherOf, Present = true }], Supersedes = ["c-a10"], Reports = [IbtReport with { Via = [], Statements = [0, 2] }] },
            ],
            Denials = [UsaDenial with { DeniedClaims = ["c-a10", "aleppo-2016-02-10", "c-a10#3"], Statement = null, Reports = [new Report { Source = "ibt", Quote = new Quote { Exact = "Aleppo", Start = 68, End = 73 } }] }],
            Amendments =
            [
                new Amendment { Amends = "c-gone", Reports = [IbtReport with { Via = [] }] },
                new Amendment { Amends = "russia", Reports = [IbtReport with { Via = [] }], Aliases = ["Russian Federation"] },
                new Amendment { Amends = "c-a10", Reports = [new Report { Source = "ibt", Statements = [0], Quote = new Quote { Exact = "Aleppo", Suffix = " today" } }] },
            ],
        };
}
