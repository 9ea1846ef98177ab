using System.Globalization;
using ClaimModel.Disputes;
using ClaimModel.Engine;
using ClaimModel.Serialization;
using ClaimModel.Validation;

namespace ClaimModel.Reporting;

/// <summary>The wire format of the library's outputs, as tables in the style of <see cref="WireFormat"/>: findings,
/// consistent comparisons, revisions, disputes (with positions, voices and figure ranges), incident summaries,
/// dispute reports, validation issues and outcomes, and the report itself (<see cref="StoredReport"/>). camelCase
/// members in declaration order, enums as kebab-case names, <c>null</c> and empty optional lists omitted. The one
/// place these shapes are written: <see cref="ReportJsonWriter"/>, <see cref="ClaimJson.Options"/> and the
/// converters the types carry all write through these tables, and read strictly through them (unknown, duplicate and
/// missing members are errors with their path; an id that is not the id of what it names is an error).</summary>
internal static class OutputWireFormat
{
    /// <summary>Finding participant: <c>id, statement, role, claimant, claimantName, sides, modality, says, reports</c>.</summary>
    public static readonly RecordFormat<FindingParticipant> Participant = new RecordFormat<FindingParticipant>("a finding participant")
        .Pooled("id!", p => p.Id)
        .Int32("statement", p => p.Statement)
        .Enum("role!", p => p.Role)
        .Pooled("claimant!", p => p.Claimant)
        .Pooled("claimantName!", p => p.ClaimantName)
        .List("sides!", p => p.Sides, StringFormat.Pooled)
        .Enum("modality!", p => p.Modality)
        .String("says!", p => p.Says)
        .List("reports!", p => p.Reports, WireFormat.Report)
        .Create(s => new FindingParticipant(
            s.String(0)!, s.Enum<ParticipantRole>(2), s.Int32(1), new ClaimantFacts(s.String(3)!, s.String(4)!, s.List<string>(5)),
            s.Enum<Modality>(6), s.String(7)!, s.List<Report>(8)));

    /// <summary>Finding: <c>id, kind, severity, incident, participants, origins, explanation</c>.</summary>
    public static readonly RecordFormat<Finding> Finding = FindingWith(Participant, StringFormat.Pooled);

    /// <summary>The finding format with <paramref name="participant"/> as the format of its participants and
    /// <paramref name="ids"/> as the format of its origins (the same JSON: <see cref="ParticipantJsonCache"/> copies
    /// participants it wrote before, <see cref="PlainStringElements"/> writes plain ids as raw bytes).</summary>
    /// <param name="participant">Writes (and reads) a participant as <see cref="Participant"/> does.</param>
    /// <param name="ids">Writes (and reads) an id as <see cref="StringFormat.Pooled"/> does.</param>
    public static RecordFormat<Finding> FindingWith(ValueFormat<FindingParticipant> participant, ValueFormat<string> ids) => new RecordFormat<Finding>("a finding")
        .Pooled("id!", f => f.Id)
        .Enum("kind!", f => f.Kind)
        .Enum("severity!", f => f.Severity)
        .Pooled("incident", f => f.Incident)
        .List("participants!", f => f.Participants, participant)
        .List("origins!", f => f.Origins, ids)
        .String("explanation!", f => f.ExplanationOnce)
        .Create(s =>
        {
            var finding = new Finding
            {
                Kind = s.Enum<FindingKind>(1), Severity = s.Enum<Severity>(2), Incident = s.String(3), Participants = s.List<FindingParticipant>(4),
                Origins = s.List<string>(5), Explanation = s.String(6)!,
            };
            return CheckedId(finding, finding.Id, s.String(0)!, "finding", "its kind, incident and participants");
        });

    /// <summary>Compared interval: <c>id, reported, interval, unit, timeZone</c>.</summary>
    public static readonly RecordFormat<ComparedInterval> Interval = new RecordFormat<ComparedInterval>("a compared interval")
        .Pooled("id!", i => i.Id)
        .String("reported!", i => i.Reported)
        .String("interval!", i => i.Interval)
        .Pooled("unit", i => i.Unit)
        .Pooled("timeZone", i => i.TimeZone)
        .Create(s => new ComparedInterval { Id = s.String(0)!, Reported = s.String(1)!, Interval = s.String(2)!, Unit = s.String(3), TimeZone = s.String(4) });

    /// <summary>Consistent comparison: <c>kind, incident, measure, participants, intervals, explanation</c>.</summary>
    public static readonly RecordFormat<ConsistentComparison> Comparison = new RecordFormat<ConsistentComparison>("a consistent comparison")
        .Enum("kind!", c => c.Kind)
        .Pooled("incident", c => c.Incident)
        .Pooled("measure", c => c.Measure)
        .List("participants!", c => c.Participants, Participant)
        .List("intervals!", c => c.Intervals, Interval)
        .String("explanation!", c => c.Explanation)
        .Create(s => new ConsistentComparison
        {
            Kind = s.Enum<ComparisonKind>(0), Incident = s.String(1), Measure = s.String(2), Participants = s.List<FindingParticipant>(3),
            Intervals = s.List<ComparedInterval>(4), Explanation = s.String(5)!,
        });

    /// <summary>Revision (history): <c>claim, kind, by</c>.</summary>
    public static readonly RecordFormat<ClaimRevision> Revision = new RecordFormat<ClaimRevision>("a revision")
        .Pooled("claim!", r => r.Claim)
        .Enum("kind!", r => r.Kind)
        .Pooled("by!", r => r.By)
        .Create(s => new ClaimRevision { Claim = s.String(0)!, Kind = s.Enum<RevisionKind>(1), By = s.String(2)! });

    /// <summary>Dispute voice: <c>voice, probable, claimants, sides, statements, sources</c>.</summary>
    public static readonly RecordFormat<DisputeVoice> Voice = new RecordFormat<DisputeVoice>("a dispute voice")
        .Pooled("voice!", v => v.Voice)
        .Flag("probable", v => v.Probable)
        .List("claimants!", v => v.Claimants, StringFormat.Pooled)
        .List("sides!", v => v.Sides, StringFormat.Pooled)
        .List("statements!", v => v.Statements, StringFormat.Pooled)
        .List("sources!", v => v.Sources, StringFormat.Pooled)
        .Create(s => new DisputeVoice
        {
            Voice = s.String(0)!, Probable = s.Boolean(1), Claimants = s.List<string>(2), Sides = s.List<string>(3), Statements = s.List<string>(4),
            Sources = s.List<string>(5),
        });

    /// <summary>Dispute position: <c>answer, denies, independentVoices, sides, voices</c> (<c>independentVoices</c> is the
    /// number of voices; another number is a read error).</summary>
    public static readonly RecordFormat<DisputePosition> Position = new RecordFormat<DisputePosition>("a dispute position")
        .String("answer!", p => p.Answer)
        .Boolean("denies!", p => p.Denies)
        .Int32("independentVoices!", p => p.IndependentVoices)
        .List("sides!", p => p.Sides, StringFormat.Pooled)
        .List("voices!", p => p.Voices, Voice)
        .Create(s =>
        {
            var position = new DisputePosition { Answer = s.String(0)!, Denies = s.Boolean(1), Sides = s.List<string>(3), Voices = s.List<DisputeVoice>(4) };
            var count = s.Int32(2)!.Value;
            return count == position.IndependentVoices
                ? position
                : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"A dispute position's independentVoices ({count}) is not the number of its voices ({position.IndependentVoices})."));
        });

    /// <summary>Dispute: <c>id, question, incident, subject, status, positions, findings</c>.</summary>
    public static readonly RecordFormat<Dispute> Dispute = DisputeWith(StringFormat.Pooled);

    /// <summary>The dispute format with <paramref name="ids"/> as the format of its finding ids (the same JSON).</summary>
    /// <param name="ids">Writes (and reads) an id as <see cref="StringFormat.Pooled"/> does.</param>
    public static RecordFormat<Dispute> DisputeWith(ValueFormat<string> ids) => new RecordFormat<Dispute>("a dispute")
        .Pooled("id!", d => d.Id)
        .Enum("question!", d => d.Question)
        .Pooled("incident", d => d.Incident)
        .Pooled("subject", d => d.Subject)
        .Enum("status!", d => d.Status)
        .List("positions!", d => d.Positions, Position)
        .List("findings!", d => d.Findings, ids)
        .Create(s =>
        {
            var dispute = new Dispute
            {
                Id = s.String(0)!, Question = s.Enum<DisputeQuestion>(1), Incident = s.String(2), Subject = s.String(3), Status = s.Enum<DisputeStatus>(4),
                Positions = s.List<DisputePosition>(5), Findings = s.List<string>(6),
            };
            return CheckedId(dispute, DisputeAnalyzer.IdOf(dispute.Question, dispute.Incident, dispute.Subject), dispute.Id, "dispute", "its question, incident and subject");
        });

    /// <summary>Figure range: <c>incident, measure, unit, cumulative, low, best, high, lowVoices, highVoices, voices,
    /// claims</c>.</summary>
    public static readonly RecordFormat<FigureRange> Range = new RecordFormat<FigureRange>("a figure range")
        .Pooled("incident", r => r.Incident)
        .Pooled("measure!", r => r.Measure)
        .Pooled("unit!", r => r.Unit)
        .Flag("cumulative", r => r.Cumulative)
        .OptionalDouble("low", r => r.Low)
        .OptionalDouble("best", r => r.Best)
        .OptionalDouble("high", r => r.High)
        .List("lowVoices!", r => r.LowVoices, StringFormat.Pooled)
        .List("highVoices!", r => r.HighVoices, StringFormat.Pooled)
        .List("voices!", r => r.Voices, StringFormat.Pooled)
        .List("claims!", r => r.Claims, StringFormat.Pooled)
        .Create(s => new FigureRange
        {
            Incident = s.String(0), Measure = s.String(1)!, Unit = s.String(2)!, Cumulative = s.Boolean(3), Low = s.OptionalDouble(4), Best = s.OptionalDouble(5),
            High = s.OptionalDouble(6), LowVoices = s.List<string>(7), HighVoices = s.List<string>(8), Voices = s.List<string>(9), Claims = s.List<string>(10),
        });

    /// <summary>Incident summary: <c>incident, title, when, disputes, figures</c>.</summary>
    public static readonly RecordFormat<IncidentSummary> Incident = IncidentWith(Dispute);

    /// <summary>The incident summary format with <paramref name="dispute"/> as the format of its disputes (the same JSON).</summary>
    /// <param name="dispute">Writes (and reads) a dispute as <see cref="Dispute"/> does.</param>
    public static RecordFormat<IncidentSummary> IncidentWith(RecordFormat<Dispute> dispute) => new RecordFormat<IncidentSummary>("an incident summary")
        .Pooled("incident", i => i.Incident)
        .String("title", i => i.Title)
        .String("when", i => i.When)
        .List("disputes!", i => i.Disputes, dispute)
        .List("figures!", i => i.Figures, Range)
        .Create(s => new IncidentSummary
        {
            Incident = s.String(0), Title = s.String(1), When = s.String(2), Disputes = s.List<Dispute>(3), Figures = s.List<FigureRange>(4),
        });

    /// <summary>Dispute report: <c>findingCount, incidents</c> (the disputes are those of the incidents, in order).</summary>
    public static readonly RecordFormat<DisputeReport> DisputeReport = new RecordFormat<DisputeReport>("a dispute report")
        .Int32("findingCount!", r => r.FindingCount)
        .List("incidents!", r => r.Incidents, Incident)
        .Create(s =>
        {
            var incidents = s.List<IncidentSummary>(1);
            return new DisputeReport { FindingCount = s.Int32(0)!.Value, Incidents = incidents, Disputes = ValueList.From(incidents.SelectMany(i => i.Disputes)) };
        });

    /// <summary>Validation issue: <c>severity, code, path, message, value</c> (the order <c>claimmodel validate
    /// --format json</c> writes).</summary>
    public static readonly RecordFormat<ValidationIssue> Issue = new RecordFormat<ValidationIssue>("a validation issue")
        .Enum("severity!", i => i.Severity)
        .Pooled("code!", i => i.Code)
        .String("path!", i => i.Path)
        .String("message!", i => i.Message)
        .String("value", i => i.Value)
        .Create(s => new ValidationIssue(s.String(1)!, s.String(2)!, s.String(3)!, s.String(4), s.Enum<IssueSeverity>(0)));

    /// <summary>Validation outcome: <c>valid, issues</c> (<c>valid</c> says whether no issue is an error; another value
    /// is a read error).</summary>
    public static readonly RecordFormat<ValidationOutcome> Outcome = new RecordFormat<ValidationOutcome>("a validation outcome")
        .Boolean("valid!", o => o.IsValid)
        .List("issues!", o => new ValueList<ValidationIssue>([.. o.Issues]), Issue)
        .Create(s =>
        {
            var outcome = new ValidationOutcome(s.List<ValidationIssue>(1));
            return outcome.IsValid == s.Boolean(0)
                ? outcome
                : throw new FormatException($"A validation outcome's valid ({(s.Boolean(0) ? "true" : "false")}) does not match its issues (valid when no issue is an error).");
        });

    /// <summary>What a truncated analysis left out: <c>findingsDropped, consistentComparisonsDropped, comparisonsSkipped</c>.</summary>
    public static readonly RecordFormat<AnalysisTruncation> Truncation = new RecordFormat<AnalysisTruncation>("a truncation")
        .Count("findingsDropped!", t => t.FindingsDropped)
        .Count("consistentComparisonsDropped!", t => t.ConsistentComparisonsDropped)
        .Count("comparisonsSkipped!", t => t.ComparisonsSkipped)
        .Create(s => new AnalysisTruncation
        {
            FindingsDropped = s.Count(0)!.Value, ConsistentComparisonsDropped = s.Count(1)!.Value, ComparisonsSkipped = s.Count(2)!.Value,
        });

    /// <summary>The report: <c>formatVersion, claimCount, denialCount, truncation, incidents, findings, consistentComparisons,
    /// history</c> (<c>truncation</c> only when the analysis reached its budget) (<c>formatVersion</c> is <see cref="ContradictionReport.CurrentFormatVersion"/>, checked first).</summary>
    public static readonly RecordFormat<StoredReport> Report = new RecordFormat<StoredReport>("a report")
        .Fixed("formatVersion!", CheckReportVersion, (writer, name) => writer.WriteNumber(name, ContradictionReport.CurrentFormatVersion), checkFirst: true)
        .Int32("claimCount!", r => r.ClaimCount)
        .Int32("denialCount!", r => r.DenialCount)
        .Value("truncation", r => r.Truncation, Truncation)
        .List("incidents!", r => r.Incidents, Incident)
        .List("findings!", r => r.Findings, Finding)
        .List("consistentComparisons", r => r.ConsistentComparisons, Comparison)
        .List("history", r => r.History, Revision)
        .Create(s => new StoredReport
        {
            ClaimCount = s.Int32(1)!.Value, DenialCount = s.Int32(2)!.Value, Truncation = s.Value<AnalysisTruncation>(3), Incidents = s.List<IncidentSummary>(4),
            Findings = s.List<Finding>(5), ConsistentComparisons = s.List<ConsistentComparison>(6), History = s.List<ClaimRevision>(7),
        });

    private static T CheckedId<T>(T value, string expected, string found, string what, string basis) =>
        string.Equals(expected, found, StringComparison.Ordinal)
            ? value
            : throw new FormatException($"The {what} id '{found}' is not the id of the {what} it names ({expected}): the id derives from {basis}.");

    private static void CheckReportVersion(ref System.Text.Json.Utf8JsonReader reader, JsonReadContext context)
    {
        if (reader.TokenType == System.Text.Json.JsonTokenType.Number && reader.TryGetInt32(out var version) && version == ContradictionReport.CurrentFormatVersion)
        {
            return;
        }

        var found = reader.TokenType == System.Text.Json.JsonTokenType.Number && reader.TryGetInt64(out var wide)
            ? wide.ToString(CultureInfo.InvariantCulture)
            : "a value that is not an integer";
        throw context.Fail(
            ref reader,
            string.Create(CultureInfo.InvariantCulture, $"Unsupported report formatVersion ({found}); this library reads and writes report formatVersion {ContradictionReport.CurrentFormatVersion}."));
    }
}
