using ClaimModel.Engine;
using ClaimModel.Tests.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Reporting;

/// <summary>A small hand-built document whose analysis has a finding of every kind.</summary>
internal static class SampleReport
{
    public static ClaimDocument Document()
    {
        var saidThursday = Day(2016, 4, 28, "Asia/Damascus", 3, text: "Thursday");
        var yesterday = new TimeSpec { Text = "yesterday", Relative = new RelativeDay { Offset = -1 }, Precision = TimePrecision.Day, TimeZone = "Asia/Damascus" };
        var relayed = new ValueList<ClaimModel.Report>(
        [
            new() { Source = "ibt", Via = ["rt"], Quote = new Quote { Exact = "two American A-10 assault aircraft" } },
            new() { Source = "cnn", Via = ["rt"], Quote = new Quote { Exact = "two U.S. A-10s" } },
            new() { Source = "guardian", Quote = new Quote { Exact = "A-10 ground attack aircraft", Prefix = "two US " } },
        ]);
        Claim[] claims =
        [
            Claim("c-a10", "konashenkov", "i1", Did("usa")) with { Reports = relayed },
            Claim("c-russia", "state-dept", "i1", Did("russia")),
            Claim("c-absent", "konashenkov", "i1", NotWithin("russia", Figure("distance", "mi", FigureQualifier.Approximately, 12, "about 12 miles"))),
            Claim("c-sorties-510", "konashenkov", null, Quantity(Figure("sorties", "sorties", FigureQualifier.Exact, 510, "510 sorties"), "russia")),
            Claim("c-sorties-more", "sohr", null, Quantity(Figure("sorties", "sorties", FigureQualifier.MoreThan, 510, "more than 510 sorties"), "russia")),
            Claim("c-killed-1888", "sohr", "i2", Quantity(Figure("killed", "people", FigureQualifier.Exact, 1888, "1,888 people"))),
            Claim("c-killed-nearly", "syria", "i2", Quantity(Figure("killed", "people", FigureQualifier.Nearly, 1900, "nearly 1,900"))),
            Claim("c-killed-dozens", "russia-mod", "i2", Quantity(Figure("killed", "people", FigureQualifier.Vague, null, "dozens", vague: VagueQuantity.Dozens)), Modality.Estimated),
            Claim("c-yesterday", "state-dept", "i2", Occurred(yesterday), statedAt: saidThursday),
            Claim("c-early", "sohr", "i2", Occurred(Day(2016, 4, 28, "Asia/Damascus", 3, DayPart.EarlyMorning, "early on Thursday"))),
            Claim("c-mod-admits", "konashenkov", "i2", Did("russia"), Modality.Suggested),
            Claim("c-deliberate", "sohr", "i3", new ResponsibilityStatement { Actors = ["usa"], Intent = Intent.Deliberate }),
            Claim("c-mistake", "state-dept", "i3", new ResponsibilityStatement { Actors = ["usa"], Intent = Intent.Accidental }),
            Claim("c-only-terrorists", "konashenkov", "i3", new TargetStatement { Scope = TargetScope.Only, Targets = [new Target { Kind = TargetKind.Other, Name = "terrorists" }] }),
            Claim("c-also-hospital", "sohr", "i3", new TargetStatement { Scope = TargetScope.AmongOthers, Targets = [new Target { Kind = TargetKind.Hospital }] }),
        ];
        Denial[] denials =
        [
            Denial("d-state-dept", "state-dept", "i1", null, "c-a10"),
            Denial("d-general", "russia-mod", null, Did("russia")),
        ];
        return Build.Document(claims, denials, [Incident("i1"), Incident("i2", "Sukkari"), Incident("i3", "Azaz")], [Source("src"), Source("ibt"), Source("cnn"), Source("guardian"), Source("rt")]);
    }

    public static ContradictionReport Analyze() => ContradictionDetector.Analyze(Document());

    /// <summary>The analysis with <see cref="DetectionOptions.IncludeConsistentComparisons"/>.</summary>
    public static ContradictionReport AnalyzeWithConsistentComparisons() =>
        ContradictionDetector.Analyze(Document(), new DetectionOptions { IncludeConsistentComparisons = true });
}
