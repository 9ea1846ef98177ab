using ClaimModel.Serialization;

namespace ClaimModel.AspNetCore.Tests;

/// <summary>The README quickstart's document (a claim, its denial: one finding) and JSON made from it.</summary>
internal static class Documents
{
    public static ClaimDocument Aleppo { get; } = new()
    {
        Title = "Russia blames US for Aleppo bombing",
        Actors =
        [
            new Actor { Id = "russia-mod", Name = "Russian Defense Ministry", Kind = ActorKind.Ministry },
            new Actor { Id = "usa", Name = "United States", Kind = ActorKind.State },
        ],
        Sources = [new Source { Id = "ibt", Kind = SourceKind.NewsOutlet, Outlet = "International Business Times" }],
        Claims = [Claim("c-a10")],
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

    /// <summary>The quickstart's claim under another id.</summary>
    public static Claim Claim(string id) => new()
    {
        Id = id,
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
    };

    /// <summary>The actors and source, an incident and the US blaming Russia for it: claims streamed in later that
    /// blame the US for it (<see cref="IncidentClaim"/>) contradict it.</summary>
    public static ClaimDocument Incident { get; } = Aleppo with
    {
        Incidents = [new Incident { Id = "aleppo", Kind = IncidentKind.Airstrike, Title = "Airstrike on Aleppo" }],
        Claims =
        [
            new Claim
            {
                Id = "c-usa",
                Claimant = "usa",
                Incident = "aleppo",
                Statements = [new ResponsibilityStatement { Actors = ["russia-mod"] }],
                Reports = [new Report { Source = "ibt", Quote = new Quote { Exact = "Russian aircraft" } }],
            },
        ],
        Denials = [],
    };

    /// <summary>The quickstart's claim under another id, about the incident of <see cref="Incident"/>.</summary>
    public static Claim IncidentClaim(string id) => Claim(id) with { Incident = "aleppo" };

    public static string Json(ClaimDocument document) => ClaimJson.Serialize(document, indented: true);

    /// <summary>A claim as one compact line of JSON.</summary>
    public static string Line(Claim claim)
    {
        var json = ClaimJson.Serialize(new ClaimDocument { Claims = [claim] });
        using var parsed = System.Text.Json.JsonDocument.Parse(json);
        return parsed.RootElement.GetProperty("claims")[0].GetRawText();
    }
}
