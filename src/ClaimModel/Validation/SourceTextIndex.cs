using System.Runtime.InteropServices;

namespace ClaimModel.Validation;

/// <summary>A source's text prepared for the quote searches of one validation (one per source, shared by every quote
/// naming it): a table of sampled 6-character grams (every 4th position), built once the text has been searched
/// linearly <see cref="LinearSearches"/> times, and, when the text has surrogate pairs, the UTF-16 index of every
/// 1,024th code point.</summary>
/// <remarks>
/// <para>Texts shorter than <see cref="IndexedLength"/> characters are always searched linearly (ordinal,
/// vectorised): that costs less than building tables. For a longer text, the first searches are linear too (a source
/// quoted a few times never pays for tables); then two passes build the tables (about 1 byte per character of text;
/// about as much time as 25 linear searches), after which a string of at least <see cref="MinimumIndexedNeedle"/> characters
/// is found by looking up, for each of the 4 alignments an occurrence can have, the rarest of the grams the string
/// puts on sampled positions and comparing only there: the cost no longer depends on the text's length. A shorter
/// string is searched linearly; its answer is remembered for the text, so a repeated short quote costs one search.</para>
/// <para>Grams are hashed into buckets; a bucket may hold other grams' positions too, so every candidate is
/// compared character for character: the answer is the ordinal search's answer, only faster.</para>
/// </remarks>
internal sealed class SourceTextIndex
{
    /// <summary>The text length from which tables are built (shorter texts are searched linearly).</summary>
    public const int IndexedLength = 1 << 16;

    /// <summary>The linear searches of a long text before its tables are built.</summary>
    public const int LinearSearches = 8;

    /// <summary>The gram length.</summary>
    private const int Gram = 6;

    /// <summary>Every <see cref="Stride"/>-th position is sampled.</summary>
    private const int Stride = 4;

    /// <summary>The shortest string found through the tables: any occurrence of it covers a whole sampled gram.</summary>
    public const int MinimumIndexedNeedle = Gram + Stride - 1;

    /// <summary>Code points between two UTF-16 checkpoints.</summary>
    private const int CheckpointEvery = 1024;

    private readonly string _text;
    private readonly object _gate = new();
    private int[]? _bucketStarts;
    private int[]? _positions;
    private int _shift;
    private bool _built;
    private int _searches;
    private int[]? _checkpoints;
    private bool _checked;
    private Dictionary<string, bool>? _shortAnswers;

    /// <summary>Prepares <paramref name="text"/> (nothing is built until the first search).</summary>
    public SourceTextIndex(string text) => _text = text;

    /// <summary>Whether the gram tables have been built.</summary>
    public bool HasTables => Volatile.Read(ref _built);

    /// <summary>The text.</summary>
    public string Text => _text;

    /// <summary>Whether <paramref name="needle"/> (not empty) occurs in the text, ordinally.</summary>
    public bool Contains(ReadOnlySpan<char> needle)
    {
        if (needle.Length > _text.Length)
        {
            return false;
        }

        if (_text.Length < IndexedLength)
        {
            return _text.AsSpan().IndexOf(needle, StringComparison.Ordinal) >= 0;
        }

        if (needle.Length < MinimumIndexedNeedle)
        {
            return ContainsShort(needle);
        }

        if (!Volatile.Read(ref _built) && Interlocked.Increment(ref _searches) <= LinearSearches)
        {
            return _text.AsSpan().IndexOf(needle, StringComparison.Ordinal) >= 0;
        }

        EnsureBuilt();
        Span<(int Bucket, int Count, int Offset)> rarest = stackalloc (int, int, int)[Stride];
        long candidates = 0;
        for (var alignment = 0; alignment < Stride; alignment++)
        {
            rarest[alignment] = Rarest(needle, alignment);
            candidates += rarest[alignment].Count;
        }

        // A text made of a few repeated grams (all 'a', "abab…") gives even the rarest gram most positions: comparing
        // at each would cost more than one linear search, so the text is searched linearly then.
        if (candidates * needle.Length > _text.Length)
        {
            return _text.AsSpan().IndexOf(needle, StringComparison.Ordinal) >= 0;
        }

        foreach (var (bucket, count, offset) in rarest)
        {
            if (OccursAtCandidates(needle, bucket, count, offset))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The UTF-16 index of code point number <paramref name="codePoint"/>, or −1 when the text is shorter
    /// or the position is negative.</summary>
    public int Utf16Index(int codePoint)
    {
        if (codePoint < 0)
        {
            return -1;
        }

        var text = _text.AsSpan();
        if (text.Length < IndexedLength)
        {
            return Walk(text, 0, codePoint);
        }

        var checkpoints = Checkpoints();
        if (checkpoints is null)
        {
            return codePoint <= text.Length ? codePoint : -1; // no surrogate: one UTF-16 unit per code point
        }

        var k = Math.Min(codePoint / CheckpointEvery, checkpoints.Length - 1);
        return Walk(text, checkpoints[k], codePoint - (k * CheckpointEvery));
    }

    /// <summary>Walks <paramref name="codePoints"/> code points from UTF-16 index <paramref name="from"/>.</summary>
    private static int Walk(ReadOnlySpan<char> text, int from, int codePoints)
    {
        if (!QuoteLocator.HasSurrogate(text.Slice(from, Math.Min(codePoints, text.Length - from))))
        {
            return (long)from + codePoints <= text.Length ? from + codePoints : -1;
        }

        var i = from;
        for (var n = 0; n < codePoints; n++)
        {
            if (i >= text.Length)
            {
                return -1;
            }

            i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
        }

        return i <= text.Length ? i : -1;
    }

    /// <summary>An occurrence whose start is ≡ −<paramref name="alignment"/> (mod <see cref="Stride"/>) puts the
    /// needle's grams at offsets alignment, alignment + 4, … on sampled positions: the rarest of them (its bucket, the
    /// bucket's size, its offset in the needle) names the candidates; a size of 0 means no occurrence so aligned.</summary>
    private (int Bucket, int Count, int Offset) Rarest(ReadOnlySpan<char> needle, int alignment)
    {
        var starts = _bucketStarts!;
        (int Bucket, int Count, int Offset) best = (0, int.MaxValue, 0);
        for (var offset = alignment; offset + Gram <= needle.Length && best.Count > 0; offset += Stride)
        {
            var bucket = Bucket(needle.Slice(offset, Gram));
            var count = starts[bucket + 1] - starts[bucket];
            if (count < best.Count)
            {
                best = (bucket, count, offset);
            }
        }

        return best;
    }

    /// <summary>Whether the needle occurs with its gram at <paramref name="offset"/> on one of the
    /// <paramref name="count"/> positions of <paramref name="bucket"/>.</summary>
    private bool OccursAtCandidates(ReadOnlySpan<char> needle, int bucket, int count, int offset)
    {
        var text = _text.AsSpan();
        foreach (var position in _positions!.AsSpan(_bucketStarts![bucket], count))
        {
            var start = position - offset;
            if (start >= 0 && start <= text.Length - needle.Length && text.Slice(start, needle.Length).SequenceEqual(needle))
            {
                return true;
            }
        }

        return false;
    }

    private bool ContainsShort(ReadOnlySpan<char> needle)
    {
        var key = needle.ToString();
        lock (_gate)
        {
            if (_shortAnswers is not null && _shortAnswers.TryGetValue(key, out var known))
            {
                return known;
            }
        }

        var found = _text.AsSpan().IndexOf(needle, StringComparison.Ordinal) >= 0;
        lock (_gate)
        {
            (_shortAnswers ??= new(StringComparer.Ordinal))[key] = found;
        }

        return found;
    }

    private int Bucket(ReadOnlySpan<char> gram)
    {
        // 6 UTF-16 units = 12 bytes: one 8-byte and one 4-byte read, mixed (multiply-xorshift) into the top bits.
        var bytes = MemoryMarshal.AsBytes(gram);
        var h = (MemoryMarshal.Read<ulong>(bytes) * 0x9E3779B97F4A7C15UL) ^ (MemoryMarshal.Read<uint>(bytes[8..]) * 0xC2B2AE3D27D4EB4FUL);
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9UL;
        return (int)(h >> _shift);
    }

    private void EnsureBuilt()
    {
        if (Volatile.Read(ref _built))
        {
            return;
        }

        lock (_gate)
        {
            if (!_built)
            {
                Build();
                Volatile.Write(ref _built, true);
            }
        }
    }

    private void Build()
    {
        var text = _text.AsSpan();
        var samples = ((text.Length - Gram) / Stride) + 1;
        var bits = Math.Clamp(64 - (int)ulong.LeadingZeroCount((ulong)samples) - 8, 8, 24); // 128–256 samples per bucket: the counts stay in cache while the tables are built
        _shift = 64 - bits;
        var starts = new int[(1 << bits) + 1];
        for (var s = 0; s < samples; s++)
        {
            starts[Bucket(text.Slice(s * Stride, Gram))]++;
        }

        for (var b = 1; b < starts.Length; b++)
        {
            starts[b] += starts[b - 1]; // now the end of each bucket
        }

        // Filled backwards, so each bucket's positions ascend (the first occurrence is met first) and every end
        // becomes its bucket's start; the last slot stays the number of samples. Hashing twice costs less than
        // keeping each sample's bucket.
        var positions = new int[samples];
        for (var s = samples - 1; s >= 0; s--)
        {
            positions[--starts[Bucket(text.Slice(s * Stride, Gram))]] = s * Stride;
        }

        (_bucketStarts, _positions) = (starts, positions);
    }

    /// <summary>The UTF-16 index of code points 0, 1,024, 2,048, … (up to the text's code-point count), or
    /// <see langword="null"/> when the text has no surrogate; made at the first call.</summary>
    private int[]? Checkpoints()
    {
        if (Volatile.Read(ref _checked))
        {
            return _checkpoints;
        }

        lock (_gate)
        {
            if (!_checked)
            {
                _checkpoints = QuoteLocator.HasSurrogate(_text) ? Checkpoints(_text) : null;
                Volatile.Write(ref _checked, true);
            }
        }

        return _checkpoints;
    }

    private static int[] Checkpoints(ReadOnlySpan<char> text)
    {
        var checkpoints = new List<int> { 0 };
        var codePoints = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            if (++codePoints % CheckpointEvery == 0)
            {
                checkpoints.Add(i + 1);
            }
        }

        return [.. checkpoints];
    }
}
