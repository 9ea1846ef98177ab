using BenchmarkDotNet.Attributes;
using ClaimModel.Serialization;

namespace ClaimModel.Benchmarks;

/// <summary>Writing and reading the whole corpus as UTF-8 JSON (not indented). The MB/s column divides the
/// payload size (<see cref="CorpusPayload"/>; about 0.5 kB per claim, printed by <c>--measure-memory</c>) by
/// the mean time.</summary>
[MemoryDiagnoser]
public class JsonBenchmarks : CorpusBenchmark
{
    private byte[] _payload = [];

    /// <summary>Encodes the corpus once as the payload <see cref="Read"/> parses.</summary>
    protected override void OnCorpusGenerated() => _payload = CorpusPayload.Of(Input);

    /// <summary>Document to UTF-8 bytes.</summary>
    [Benchmark]
    public byte[] Write() => ClaimJson.SerializeToUtf8Bytes(Input);

    /// <summary>Document to a stream that discards the bytes: serialization without the final array.</summary>
    [Benchmark]
    public void WriteStream() => ClaimJson.Serialize(Stream.Null, Input);

    /// <summary>UTF-8 bytes to document (strict reading).</summary>
    [Benchmark]
    public ClaimDocument Read() => ClaimJson.Deserialize(_payload);
}
