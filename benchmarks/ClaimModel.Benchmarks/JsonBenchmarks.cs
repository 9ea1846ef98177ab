using BenchmarkDotNet.Attributes;
using ClaimModel.Serialization;

namespace ClaimModel.Benchmarks;

/// <summary>Writing and reading the whole corpus as UTF-8 JSON (not indented). The MB/s column divides the
/// payload size (<see cref="CorpusPayload"/>; about 0.5 kB per claim, printed by <c>--measure-memory</c>) by
/// the mean time.</summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private ClaimDocument _document = null!;
    private byte[] _payload = [];

    /// <summary>The corpus size.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Claims { get; set; }

    /// <summary>The selected sizes (<see cref="BenchmarkSizes"/>).</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.All();

    /// <summary>Generates the corpus and its payload.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _document = Corpus.Generate(Claims);
        _payload = CorpusPayload.Of(_document);
    }

    /// <summary>Document to UTF-8 bytes.</summary>
    [Benchmark]
    public byte[] Write() => ClaimJson.SerializeToUtf8Bytes(_document);

    /// <summary>Document to a stream that discards the bytes: serialization without the final array.</summary>
    [Benchmark]
    public void WriteStream() => ClaimJson.Serialize(Stream.Null, _document);

    /// <summary>UTF-8 bytes to document (strict reading).</summary>
    [Benchmark]
    public ClaimDocument Read() => ClaimJson.Deserialize(_payload);
}
