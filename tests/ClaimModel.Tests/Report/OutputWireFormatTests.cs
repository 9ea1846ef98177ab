using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimModel.Disputes;
using ClaimModel.Engine;
using ClaimModel.Reporting;
using ClaimModel.Serialization;
using ClaimModel.Tests.SeedReport;
using ClaimModel.Tests.Support;
using ClaimModel.Validation;

namespace ClaimModel.Tests.Reporting;

/// <summary>The outputs carry their wire format: findings, consistent comparisons, revisions, disputes and what they
/// hold, incident summaries, dispute reports, validation issues and outcomes, and stored reports write the same JSON
/// through ClaimJson.Options, default reflection options and AddClaimModel(), with kebab-case enum names, and read
/// back to equal values.</summary>
public sealed partial class OutputWireFormatTests
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Lazy<DisputeReport> SeedDisputes = new(() => DisputeAnalyzer.Analyze(SeedAnalysis.Outcome));

    /// <summary>One value of each output type, from the seed analysis and a validation of a broken document.</summary>
    public static TheoryData<string> Outputs => new(Parts().Select(p => p.Name));

    private static IEnumerable<(string Name, object Value, Type Type)> Parts()
    {
        var report = SeedAnalysis.Outcome;
        var disputes = SeedDisputes.Value;
        var dispute = disputes.Disputes.First(d => d.Positions.Any(p => p.Voices.Any(v => v.Probable)));
        var range = disputes.Incidents.SelectMany(i => i.Figures).First(r => r.Low is not null && r.High is not null);
        var issues = ClaimValidation.Validate(SeedAnalysis.Document with { Claims = [SeedAnalysis.Document.Claims[0] with { Claimant = "nobody" }] });
        yield return ("finding", report.Findings.First(f => f.Participants.Any(p => p.Statement is not null)), typeof(Finding));
        yield return ("participant", report.Findings[0].Participants[0], typeof(FindingParticipant));
        yield return ("consistent comparison", report.ConsistentComparisons[0], typeof(ConsistentComparison));
        yield return ("compared interval", report.ConsistentComparisons[0].Intervals[0], typeof(ComparedInterval));
        yield return ("revision", new ClaimRevision { Claim = "c-old", Kind = RevisionKind.Retracted, By = "c-new" }, typeof(ClaimRevision));
        yield return ("dispute", dispute, typeof(Dispute));
        yield return ("dispute position", dispute.Positions[0], typeof(DisputePosition));
        yield return ("dispute voice", dispute.Positions.SelectMany(p => p.Voices).First(v => v.Probable), typeof(DisputeVoice));
        yield return ("figure range", range, typeof(FigureRange));
        yield return ("incident summary", disputes.Incidents[1], typeof(IncidentSummary));
        yield return ("dispute report", disputes, typeof(DisputeReport));
        yield return ("validation issue", issues.Issues[0], typeof(ValidationIssue));
        yield return ("stored report", StoredReport.Of(report), typeof(StoredReport));
    }

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Every_setup_writes_the_claimmodel_format_and_reads_it_back(string output)
    {
        var (_, value, type) = Parts().Single(p => p.Name == output);
        var expected = JsonSerializer.Serialize(value, type, ClaimJson.Options);
        var added = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }.AddClaimModel();

        var json = JsonSerializer.Serialize(value, type, Relaxed);

        Assert.Equal(expected, json);
        Assert.Equal(expected, JsonSerializer.Serialize(value, type, added));
        Assert.Equal(value, JsonSerializer.Deserialize(json, type, ClaimJson.Options));
        Assert.Equal(value, JsonSerializer.Deserialize(JsonSerializer.Serialize(value, type, new JsonSerializerOptions()), type, new JsonSerializerOptions()));
        Assert.Equal(value, JsonSerializer.Deserialize(json, type, added));
        Assert.DoesNotMatch(NumericEnum(), json);
    }

    [Fact]
    public void Lists_of_outputs_in_a_callers_types_are_covered_by_ClaimJson_options_and_AddClaimModel()
    {
        var findings = SeedAnalysis.Outcome.Findings;
        var added = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }.AddClaimModel();

        var json = JsonSerializer.Serialize(findings, ClaimJson.Options);

        Assert.Equal(json, JsonSerializer.Serialize(findings, added));
        Assert.Equal(findings, JsonSerializer.Deserialize<ValueList<Finding>>(json, added));
        Assert.Equal(findings, JsonSerializer.Deserialize<ValueList<Finding>>(json, ClaimJson.Options));
    }

    [Fact]
    public void A_validation_outcome_writes_valid_and_its_issues_and_reads_back()
    {
        var outcome = new ValidationOutcome([new ValidationIssue("reference-dangling", "claims[0].claimant", "No such actor.", "nobody"), new ValidationIssue("figure-as-of-not-cumulative", "claims[1]", "Odd.", null, IssueSeverity.Warning)]);

        var json = JsonSerializer.Serialize(outcome, Relaxed);

        Assert.Equal(TestJson.Q("{'valid':false,'issues':[{'severity':'error','code':'reference-dangling','path':'claims[0].claimant','message':'No such actor.','value':'nobody'},{'severity':'warning','code':'figure-as-of-not-cumulative','path':'claims[1]','message':'Odd.'}]}"), json);
        var read = JsonSerializer.Deserialize<ValidationOutcome>(json)!;
        Assert.Equal(outcome.Issues, read.Issues);
        Assert.False(read.IsValid);
        var wrong = Assert.Throws<ClaimJsonException>(() => JsonSerializer.Deserialize<ValidationOutcome>(json.Replace("\"valid\":false", "\"valid\":true", StringComparison.Ordinal)));
        Assert.Contains("does not match its issues", wrong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_has_its_exact_json_with_kebab_case_names()
    {
        var finding = new Finding
        {
            Kind = FindingKind.ConflictingResponsibility,
            Severity = Severity.High,
            Incident = "i1",
            Participants =
            [
                new FindingParticipant { Id = "c1", Statement = 1, Role = ParticipantRole.Claim, Claimant = "a", ClaimantName = "A", Sides = ["a"], Modality = Modality.Asserted, Says = "B carried it out", Reports = [new ClaimModel.Report { Source = "s", Statements = [1], Quote = new Quote { Exact = "B did" } }] },
                new FindingParticipant { Id = "c2", Role = ParticipantRole.Claim, Claimant = "b", ClaimantName = "B", Sides = [], Modality = Modality.Hedged, Says = "A carried it out", Reports = [] },
            ],
            Origins = ["a", "b"],
            Explanation = "x",
        };

        ExactJson.AssertExact(finding, "{'id':'" + finding.Id + "','kind':'conflicting-responsibility','severity':'high','incident':'i1','participants':[{'id':'c1','statement':1,'role':'claim','claimant':'a','claimantName':'A','sides':['a'],'modality':'asserted','says':'B carried it out','reports':[{'source':'s','statements':[1],'quote':{'exact':'B did'}}]},{'id':'c2','role':'claim','claimant':'b','claimantName':'B','sides':[],'modality':'hedged','says':'A carried it out','reports':[]}],'origins':['a','b'],'explanation':'x'}");
    }

    [Fact]
    public void A_dispute_has_its_exact_json_and_its_id_must_be_the_id_of_what_it_names()
    {
        var dispute = new Dispute
        {
            Id = DisputeAnalyzer.IdOf(DisputeQuestion.Count, "i1", "killed"),
            Question = DisputeQuestion.Count,
            Incident = "i1",
            Subject = "killed",
            Status = DisputeStatus.DeniedByAccused,
            Positions = [new DisputePosition { Answer = "27 killed", Denies = false, Sides = ["x"], Voices = [new DisputeVoice { Voice = "x", Probable = true, Claimants = ["x"], Sides = ["x"], Statements = ["c1"], Sources = ["s"] }] }],
            Findings = ["fnd-0"],
        };
        var json = "{'id':'" + dispute.Id + "','question':'count','incident':'i1','subject':'killed','status':'denied-by-accused','positions':[{'answer':'27 killed','denies':false,'independentVoices':1,'sides':['x'],'voices':[{'voice':'x','probable':true,'claimants':['x'],'sides':['x'],'statements':['c1'],'sources':['s']}]}],'findings':['fnd-0']}";

        ExactJson.AssertExact(dispute, json);

        var renamed = Assert.Throws<ClaimJsonException>(() => TestJson.Read<Dispute>(TestJson.Q(json.Replace("'subject':'killed'", "'subject':'injured'", StringComparison.Ordinal))));
        Assert.Contains("is not the id of the dispute it names", renamed.Message, StringComparison.Ordinal);
        var miscounted = Assert.Throws<ClaimJsonException>(() => TestJson.Read<Dispute>(TestJson.Q(json.Replace("'independentVoices':1", "'independentVoices':2", StringComparison.Ordinal))));
        Assert.Contains("positions[0]", miscounted.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Enum_values_a_type_does_not_define_are_refused_on_write_and_unknown_names_on_read()
    {
        var issue = new ValidationIssue("c", "p", "m", null, (IssueSeverity)7);

        Assert.Throws<ClaimJsonException>(() => JsonSerializer.Serialize(issue));
        var unknown = Assert.Throws<ClaimJsonException>(() => JsonSerializer.Deserialize<ValidationIssue>(TestJson.Q("{'severity':'fatal','code':'c','path':'p','message':'m'}")));
        Assert.Contains("severity", unknown.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex("\"(kind|severity|role|modality|question|status)\":\\d")]
    private static partial Regex NumericEnum();
}
