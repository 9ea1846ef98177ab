using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ClaimModel;
using ClaimModel.Engine;
using ClaimModel.Serialization;
using ClaimModel.Validation;

// Who said what about which incident, and where it was reported: one utterance ("two American A-10s bombed
// Aleppo") holds two statements, a responsibility and a count.
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
            Statements =
            [
                new ResponsibilityStatement { Actors = ["usa"] },
                new QuantityStatement
                {
                    Figure = new Figure { Measure = "aircraft", Unit = "aircraft", Qualifier = FigureQualifier.Exact, Value = 2, Text = "two" },
                },
            ],
            Reports = [new Report { Source = "ibt", Quote = new Quote { Exact = "two American A-10 assault aircraft" } }],
        },
    ],
    // The US rejects the first statement of the claim (c-a10#0) and calls it false.
    Denials =
    [
        new Denial
        {
            Id = "d-usa",
            Claimant = "usa",
            DeniedClaims = ["c-a10#0"],
            Characterization = Characterization.False,
            Reports = [new Report { Source = "ibt", Quote = new Quote { Exact = "no US aircraft were over Aleppo" } }],
        },
    ],
};

// Validation reports every problem at once, each with a path and a stable error code.
ValidationOutcome outcome = ClaimValidation.Validate(document);
Console.WriteLine($"valid: {outcome.IsValid}");

// The JSON wire format (formatVersion 2) round-trips to an equal document.
string json = ClaimJson.Serialize(document, indented: true);
ClaimDocument copy = ClaimJson.Deserialize(json);
Console.WriteLine($"round trip equal: {copy == document}");

// The engine finds the contradiction and names the statement it is about.
foreach (var finding in ContradictionDetector.Analyze(document).Findings)
{
    Console.WriteLine($"{finding.Kind}: {string.Join(" vs ", finding.Participants.Select(p => p.Reference))}");
}

// A broken reference is reported, not thrown.
var broken = document with { Claims = [document.Claims[0] with { Claimant = "nobody" }] };
foreach (var issue in ClaimValidation.Validate(broken).Issues)
{
    Console.WriteLine($"{issue.Code} at {issue.Path}");
}

// Your own source-generated JsonSerializerContext (the NativeAOT pattern) writes exactly the ClaimModel wire format,
// byte for byte, and reads it back: every record carries its converter.
byte[] viaContext = JsonSerializer.SerializeToUtf8Bytes(document.Claims[0], AppJsonContext.Default.Claim);
byte[] viaClaimJson = JsonSerializer.SerializeToUtf8Bytes(document.Claims[0], (JsonTypeInfo<Claim>)ClaimJson.Options.GetTypeInfo(typeof(Claim)));
Console.WriteLine($"source-generated context writes ClaimJson: {viaContext.AsSpan().SequenceEqual(viaClaimJson)}");
Console.WriteLine($"and reads it back equal: {JsonSerializer.Deserialize(viaContext, AppJsonContext.Default.Claim) == document.Claims[0]}");

[JsonSerializable(typeof(Claim))]
[JsonSerializable(typeof(ClaimDocument))]
internal sealed partial class AppJsonContext : JsonSerializerContext;
