using ClaimModel;
using ClaimModel.Engine;
using ClaimModel.Serialization;
using ClaimModel.Validation;

// Who said what, where it was reported, and who denies it.
var document = new ClaimDocument
{
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
            Id = "c-a10", Claimant = "russia-mod", Statement = new ResponsibilityStatement { Actor = "usa" },
            Reports = [new Report { Source = "ibt", Quote = new Quote { Exact = "two American A-10 assault aircraft" } }],
        },
    ],
    Denials =
    [
        new Denial
        {
            Id = "d-usa", Claimant = "usa", DeniedClaims = ["c-a10"],
            Reports = [new Report { Source = "ibt", Quote = new Quote { Exact = "no US missions flown" } }],
        },
    ],
};

// Validation reports every problem at once, each with a path and a stable error code.
ValidationOutcome outcome = ClaimValidation.Validate(document);
Console.WriteLine($"valid: {outcome.IsValid}");

// The JSON wire format (formatVersion 1) round-trips to an equal document.
string json = ClaimJson.Serialize(document, indented: true);
Console.WriteLine($"round trip equal: {ClaimJson.Deserialize(json) == document}");

// The engine reports which accounts contradict each other.
foreach (Finding finding in ContradictionDetector.Analyze(document).Findings)
{
    Console.WriteLine($"{finding.Kind} ({finding.Severity}): {finding.Explanation}");
}
