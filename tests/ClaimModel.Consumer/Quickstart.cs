using ClaimModel;
using ClaimModel.Serialization;
using ClaimModel.Validation;

// Who said what about which incident, and where it was reported.
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
            Statements = [new ResponsibilityStatement { Actors = ["usa"] }],
            Reports = [new Report { Source = "ibt", Quote = new Quote { Exact = "two American A-10 assault aircraft" } }],
        },
    ],
};

// Validation reports every problem at once, each with a path and a stable error code.
ValidationOutcome outcome = ClaimValidation.Validate(document);
Console.WriteLine($"valid: {outcome.IsValid}");

// The JSON wire format (formatVersion 1) round-trips to an equal document.
string json = ClaimJson.Serialize(document, indented: true);
ClaimDocument copy = ClaimJson.Deserialize(json);
Console.WriteLine($"round trip equal: {copy == document}");

// A broken reference is reported, not thrown.
var broken = document with { Claims = [document.Claims[0] with { Claimant = "nobody" }] };
foreach (var issue in ClaimValidation.Validate(broken).Issues)
{
    Console.WriteLine($"{issue.Code} at {issue.Path}");
}
