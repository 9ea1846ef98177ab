using ClaimModel;

var document = new ClaimDocument
{
    Title = "Russia blames US for Aleppo bombing",
    Actors =
    [
        new Actor { Id = "russia-mod", Name = "Russian Defense Ministry", Kind = ActorKind.Ministry },
        new Actor { Id = "usa", Name = "United States", Kind = ActorKind.State },
    ],
    Sources = [new Source { Id = "ibt", Kind = SourceKind.NewsOutlet, Outlet = "International Business Times" }],
    Claims =
    [
        new Claim
        {
            Id = "c-a10",
            Claimant = "russia-mod",
            Statement = new ResponsibilityStatement { Actor = "usa" },
            Reports = [new Report { Source = "ibt", Quote = new Quote { Exact = "two American A-10 assault aircraft" } }],
        },
    ],
};

Console.WriteLine($"claims: {document.Claims.Count}");
