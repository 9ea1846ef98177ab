using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimModel.Engine;
using ClaimModel.Reporting;
using ClaimModel.Serialization;
using ClaimModel.Synthetic;

namespace ClaimModel.Tests.Reporting;

/// <summary>The report JSON copies what it wrote before (each entry's participant, shared by its findings) and writes
/// plain ids as raw bytes: the output is still exactly what the wire tables write, whatever the writer's options and
/// depth, and however small the copy cache.</summary>
public sealed class ReportJsonCopyTests
{
    private static readonly ContradictionReport FanOut = ContradictionDetector.Analyze(FanOutCorpus.Generate(3));

    private static readonly ContradictionReport Synthetic = ContradictionDetector.Analyze(SyntheticCorpus.Generate(1_500, seed: 11));

    public static TheoryData<int, int> OptionsAndDepths => new()
    {
        { 0, 0 }, { 0, 2 }, { 1, 0 }, { 1, 3 }, { 2, 1 },
    };

    [Theory]
    [MemberData(nameof(OptionsAndDepths))]
    public void A_report_written_to_any_writer_is_what_the_tables_write(int options, int depth)
    {
        foreach (var report in new[] { FanOut, Synthetic })
        {
            var stored = ReportJson.Read(ReportJsonWriter.Write(report));

            var actual = Written(Options(options), depth, writer => ReportJsonWriter.Write(writer, report));
            var expected = Written(Options(options), depth, writer => OutputWireFormat.Report.Write(writer, stored));

            Assert.Equal(expected, actual);
        }
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(4_000)]
    [InlineData(40_000)]
    public void Findings_are_the_same_however_few_participants_are_kept(int arenaBytes)
    {
        var findings = FanOut.Findings.ToValueList();
        var cached = OutputWireFormat.FindingWith(new ParticipantJsonCache(arenaBytes), new PlainStringElements());

        var actual = Written(ReportJsonWriter.Options, 1, writer => WriteAll(writer, findings, cached));
        var expected = Written(ReportJsonWriter.Options, 1, writer => WriteAll(writer, findings, OutputWireFormat.Finding));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Ids_that_need_escaping_are_written_as_the_table_writes_them()
    {
        string[] ids = ["fnd-0123456789abcdef", "a\"b", "tab\there", "é-accent", "<script>", "", new string('x', 300), "plain_id.v2"];
        var plain = new PlainStringElements();
        foreach (var options in new[] { Options(0), Options(1), Options(2) })
        {
            var actual = Written(options, 2, writer => Array.ForEach(ids, id => plain.Write(writer, id)));
            var expected = Written(options, 2, writer => Array.ForEach(ids, id => StringFormat.Pooled.Write(writer, id)));

            Assert.Equal(expected, actual);
        }
    }

    private static JsonWriterOptions Options(int which) => which switch
    {
        0 => ReportJsonWriter.Options,
        1 => new JsonWriterOptions(),
        _ => new JsonWriterOptions { Indented = true, IndentCharacter = '\t', IndentSize = 1, NewLine = "\r\n", Encoder = JavaScriptEncoder.Default },
    };

    private static void WriteAll(Utf8JsonWriter writer, ValueList<Finding> findings, ValueFormat<Finding> format)
    {
        foreach (var finding in findings)
        {
            format.Write(writer, finding);
        }
    }

    /// <summary>What <paramref name="write"/> writes inside <paramref name="depth"/> arrays.</summary>
    private static string Written(JsonWriterOptions options, int depth, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            for (var i = 0; i < depth; i++)
            {
                writer.WriteStartArray();
            }

            write(writer);
            for (var i = 0; i < depth; i++)
            {
                writer.WriteEndArray();
            }
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
