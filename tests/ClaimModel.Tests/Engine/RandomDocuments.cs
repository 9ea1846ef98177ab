using CsCheck;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>Random small documents for property tests: every statement kind the engine compares, few actors,
/// incidents and values so that buckets collide and findings of every kind occur.</summary>
internal static class RandomDocuments
{
    private static readonly string[] Claimants = ["konashenkov", "russia-mod", "usa", "state-dept", "sohr", "syria", "coalition", "us-air-force"];
    private static readonly string?[] Incidents = ["i1", "i2", null];
    private static readonly string[] Performers = ["russia", "usa", "coalition", "us-air-force", "syria", "russia-mod"];

    /// <summary>A document and a seed for shuffling it.</summary>
    public static readonly Gen<(ClaimDocument Document, int Seed)> Gen =
        CsCheck.Gen.Select(CsCheck.Gen.Int[0, 1_000_000].Array[1, 24], CsCheck.Gen.Int[0, 1_000_000].Array[0, 6], CsCheck.Gen.Int, (claims, denials, seed) => (Make(claims, denials), seed));

    public static ClaimDocument Make(int[] claimCodes, int[] denialCodes)
    {
        var claims = new Claim[claimCodes.Length];
        for (var i = 0; i < claims.Length; i++)
        {
            var c = claimCodes[i];
            claims[i] = Claim("c" + i, Claimants[c % Claimants.Length], Incidents[(c / 8) % 3], Statement(c / 24), (c / 24 / 60) % 5 == 0 ? Modality.Suggested : Modality.Asserted);
            if ((c / 7) % 4 == 0)
            {
                // One utterance, two statements.
                claims[i] = claims[i] with { Statements = [claims[i].Statements[0], Statement(c / 11)] };
            }
        }

        var denials = new Denial[denialCodes.Length];
        for (var i = 0; i < denials.Length; i++)
        {
            var d = denialCodes[i];
            var statement = d % 3 == 0 ? null : Did(Performers[(d / 3) % Performers.Length]) with { Targets = TargetsFor(d / 90) };
            var denied = d % 3 == 2 || statement is null ? new[] { "c" + ((d / 18) % (claims.Length + 2)) } : [];
            denials[i] = Denial("d" + i, Claimants[(d / 7) % Claimants.Length], Incidents[(d / 5) % 3], statement, denied);
        }

        return Document(claims, denials, [Incident("i1", time: Day(2016, 2, 10, "Asia/Damascus", 2)), Incident("i2", "Homs")], [Source("src", Day(2016, 2, 11, "Europe/Moscow", 3))]);
    }

    private static Statement Statement(int code)
    {
        var pick = code / 5;
        return (code % 5) switch
        {
            0 => new ResponsibilityStatement
            {
                Actors = pick % 7 == 0 ? [Performers[pick % Performers.Length], Performers[(pick / 7) % Performers.Length]] : [Performers[pick % Performers.Length]],
                Targets = TargetsFor(pick / 6),
                Intent = (Intent)((pick / 24) % 4),
            }.Distinct(),
            1 => NotWithin(Performers[pick % Performers.Length], Figure("distance", pick % 2 == 0 ? "mi" : "km", (pick / 2) % 2 == 0 ? FigureQualifier.Approximately : FigureQualifier.Exact, 12 + (8 * ((pick / 4) % 2)), "within " + pick)),
            2 => Quantity(Figure("killed", pick % 2 == 0 ? "people" : "km", (FigureQualifier)(pick % 6), 10 * ((pick / 2) % 4), "figure " + pick)),
            3 => Occurred(Day(2016, 2, 9 + (pick % 3), "Asia/Damascus", 2, pick % 2 == 0 ? DayPart.Night : null)),
            _ => new TargetStatement { Targets = [new Target { Kind = (TargetKind)(pick % 3) }], Scope = (TargetScope)((pick / 3) % 4) },
        };
    }

    /// <summary>The statement with each actor once.</summary>
    private static ResponsibilityStatement Distinct(this ResponsibilityStatement statement) =>
        statement with { Actors = ValueList.From(statement.Actors.Distinct()) };

    /// <summary>No targets, a hospital, civilians, or a military facility.</summary>
    private static ValueList<Target> TargetsFor(int code) => (code % 4) switch
    {
        0 => [],
        1 => [new Target { Kind = TargetKind.Hospital }],
        2 => [new Target { Kind = TargetKind.Civilians }],
        _ => [new Target { Kind = TargetKind.MilitaryFacility }],
    };

    /// <summary>The document with actors, claims and denials in a shuffled order.</summary>
    public static ClaimDocument Shuffle(ClaimDocument document, int seed)
    {
        var random = new Random(seed);
        return document with
        {
            Actors = Shuffled(document.Actors, random),
            Claims = Shuffled(document.Claims, random),
            Denials = Shuffled(document.Denials, random),
        };
    }

    private static ValueList<T> Shuffled<T>(ValueList<T> items, Random random)
    {
        var array = items.ToArray();
        random.Shuffle(array);
        return ValueList.From(array);
    }
}
