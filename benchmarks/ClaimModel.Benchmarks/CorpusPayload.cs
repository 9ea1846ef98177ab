using System.Collections.Concurrent;
using ClaimModel.Serialization;

namespace ClaimModel.Benchmarks;

/// <summary>The JSON payload of a benchmark corpus: <see cref="ClaimJson.SerializeToUtf8Bytes"/>, not indented.
/// Its size is what the MB/s column divides by (computed once per size in the host process, and printed by
/// <c>--measure-memory</c>).</summary>
public static class CorpusPayload
{
    private static readonly ConcurrentDictionary<int, long> SizeCache = new();

    /// <summary>The payload of a document.</summary>
    /// <param name="document">The document.</param>
    public static byte[] Of(ClaimDocument document) => ClaimJson.SerializeToUtf8Bytes(document);

    /// <summary>The payload size in bytes of the corpus of <paramref name="claims"/> claims.</summary>
    /// <param name="claims">The number of claims.</param>
    public static long Bytes(int claims) => SizeCache.GetOrAdd(claims, static n => Of(Corpus.Generate(n)).LongLength);
}
