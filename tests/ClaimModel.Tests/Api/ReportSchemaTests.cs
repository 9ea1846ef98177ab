using System.Text.Json;
using ClaimModel.Disputes;
using ClaimModel.Engine;
using ClaimModel.Reporting;
using ClaimModel.Serialization;
using ClaimModel.Tests.SeedReport;

namespace ClaimModel.Tests.Api;

/// <summary>The report JSON schema (<c>src/ClaimModel/Schema/claimmodel.report.schema.json</c>) matches what the writer
/// writes and the reader reads: each object has exactly the members of its wire table, in table order, with the same
/// required members; each enum lists the kebab-case names. Writes the seed report (and a report with consistent
/// comparisons and history) for the Ajv check when <c>CLAIMMODEL_SCHEMA_SAMPLES</c> names a folder.</summary>
public sealed class ReportSchemaTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(RepoFiles.Read("src", "ClaimModel", "Schema", "claimmodel.report.schema.json")).RootElement;

    private static readonly Dictionary<string, JsonMembers> Tables = new()
    {
        ["$"] = Members(OutputWireFormat.Report.MembersOf),
        ["incident"] = Members(OutputWireFormat.Incident.MembersOf),
        ["dispute"] = Members(OutputWireFormat.Dispute.MembersOf),
        ["position"] = Members(OutputWireFormat.Position.MembersOf),
        ["voice"] = Members(OutputWireFormat.Voice.MembersOf),
        ["figureRange"] = Members(OutputWireFormat.Range.MembersOf),
        ["finding"] = Members(OutputWireFormat.Finding.MembersOf),
        ["participant"] = Members(OutputWireFormat.Participant.MembersOf),
        ["comparison"] = Members(OutputWireFormat.Comparison.MembersOf),
        ["interval"] = Members(OutputWireFormat.Interval.MembersOf),
        ["revision"] = Members(OutputWireFormat.Revision.MembersOf),
        ["truncation"] = Members(OutputWireFormat.Truncation.MembersOf),
        ["report"] = Members(WireFormat.Report.MembersOf),
        ["quote"] = Members(WireFormat.Quote.MembersOf),
    };

    private static readonly Dictionary<string, string[]> Enums = new()
    {
        ["findingKind"] = Names<FindingKind>(),
        ["severity"] = Names<Severity>(),
        ["participantRole"] = Names<ParticipantRole>(),
        ["comparisonKind"] = Names<ComparisonKind>(),
        ["revisionKind"] = Names<RevisionKind>(),
        ["disputeQuestion"] = Names<DisputeQuestion>(),
        ["disputeStatus"] = Names<DisputeStatus>(),
        ["modality"] = Names<Modality>(),
    };

    public static TheoryData<string> Objects => new(Tables.Keys);

    public static TheoryData<string> EnumDefs => new(Enums.Keys);

    [Theory]
    [MemberData(nameof(Objects))]
    public void Schema_object_has_the_members_the_writer_writes_and_the_reader_reads(string def)
    {
        var node = def == "$" ? Schema : Schema.GetProperty("$defs").GetProperty(def);
        var table = Tables[def];
        var members = Enumerable.Range(0, table.Count).Where(table.IsAvailable).ToArray();

        Assert.Equal("object", node.GetProperty("type").GetString());
        Assert.False(node.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(members.Select(table.Name), node.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            members.Where(table.IsRequired).Select(table.Name).Order(StringComparer.Ordinal),
            node.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EnumDefs))]
    public void Schema_enum_lists_the_kebab_case_names(string def)
    {
        Assert.Equal(Enums[def], Schema.GetProperty("$defs").GetProperty(def).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!));
    }

    [Fact]
    public void Schema_defines_exactly_the_objects_and_enums_of_the_report_and_its_version()
    {
        var defs = Schema.GetProperty("$defs").EnumerateObject().Select(p => p.Name);

        Assert.Equal(Tables.Keys.Where(k => k != "$").Concat(Enums.Keys).Order(StringComparer.Ordinal), defs.Order(StringComparer.Ordinal));
        Assert.Equal(ContradictionReport.CurrentFormatVersion, Schema.GetProperty("properties").GetProperty("formatVersion").GetProperty("const").GetInt32());
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Schema.GetProperty("$schema").GetString());
    }

    [Fact]
    public void Report_samples_read_back_and_are_written_for_the_schema_check()
    {
        var folder = Environment.GetEnvironmentVariable(SchemaSampleTests.SamplesVariable);
        var samples = new Dictionary<string, ContradictionReport>
        {
            ["seeds"] = SeedAnalysis.Outcome,
            ["sample-with-comparisons"] = ContradictionDetector.Analyze(Reporting.SampleReport.Document(), new DetectionOptions { IncludeConsistentComparisons = true }),
            ["seeds-with-a-retraction"] = ContradictionDetector.Analyze(WithRetraction(SeedAnalysis.Document)),
            ["seeds-truncated"] = ContradictionDetector.Analyze(SeedAnalysis.Document, new DetectionOptions { Budget = AnalysisBudget.Default with { MaxFindings = 5 } }),
        };

        Assert.NotNull(samples["seeds-truncated"].Truncation);
        foreach (var (name, report) in samples)
        {
            var json = ReportJsonWriter.Write(report);
            Assert.Equal(StoredReport.Of(report), ReportJson.Read(json));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(Path.Combine(folder, "reports"));
                File.WriteAllText(Path.Combine(folder, "reports", name + ".json"), json);
            }
        }
    }

    /// <summary>The document with a claim retracting its first claim (so the report has history).</summary>
    private static ClaimDocument WithRetraction(ClaimDocument document)
    {
        var first = document.Claims[0];
        var retraction = first with { Id = "c-retraction", Statements = [new TextStatement { Text = "we withdraw the allegation" }], Retracts = [first.Id], Supersedes = [] };
        return document with { Claims = [.. document.Claims, retraction] };
    }

    private static JsonMembers Members(Func<int, JsonMembers> of) => of(ClaimDocument.CurrentFormatVersion);

    private static string[] Names<TEnum>()
        where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Select(v => EnumText<TEnum>.Name(v))];
}
