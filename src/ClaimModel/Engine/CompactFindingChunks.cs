namespace ClaimModel.Engine;

/// <summary>The index's findings in chunks of <see cref="Size"/> (each below the large object heap): appending never
/// copies the findings already kept (a growing array would copy them at every doubling and leave the old arrays to the
/// collector), and a chunk is written only past the count a published snapshot reads.</summary>
internal static class CompactFindingChunks
{
    /// <summary>Chunk size as a power of two.</summary>
    private const int Shift = 10;

    /// <summary>Findings per chunk.</summary>
    public const int Size = 1 << Shift;

    /// <summary>The finding at <paramref name="index"/>.</summary>
    public static ref readonly CompactFinding At(CompactFinding[][] chunks, int index) => ref chunks[index >> Shift][index & (Size - 1)];

    /// <summary>Puts <paramref name="finding"/> at <paramref name="count"/>, adding a chunk (and growing the chunk list,
    /// which then is a new array) when needed.</summary>
    public static void Append(ref CompactFinding[][] chunks, int count, in CompactFinding finding)
    {
        var chunk = count >> Shift;
        if (chunk == chunks.Length)
        {
            var bigger = new CompactFinding[Math.Max(4, chunks.Length * 2)][];
            Array.Copy(chunks, bigger, chunks.Length);
            chunks = bigger;
        }

        (chunks[chunk] ??= new CompactFinding[Size])[count & (Size - 1)] = finding;
    }

    /// <summary>Clears the findings from <paramref name="start"/> up to <paramref name="end"/> (a rolled-back add's).</summary>
    public static void Clear(CompactFinding[][] chunks, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            chunks[i >> Shift][i & (Size - 1)] = default;
        }
    }
}
