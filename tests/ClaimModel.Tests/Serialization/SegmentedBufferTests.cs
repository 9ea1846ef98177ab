using ClaimModel.Serialization;

namespace ClaimModel.Tests.Serialization;

/// <summary>The write buffer behind <see cref="ClaimJson"/>: the bytes between two marks of an adopted buffer, taken
/// into it (<see cref="SegmentedBuffer.Append"/>), come out in order with what is written before and after them, and
/// the copy into one array on several threads gives the same bytes as the copy on one.</summary>
public sealed class SegmentedBufferTests
{
    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(10, 0, 10)]
    [InlineData(0, 300_000, 0)]
    [InlineData(70_000, 1, 5)]
    [InlineData(5, 500_000, 200_000)]
    [InlineData(3_000_000, 2_000_000, 9_000_000)]
    public void Appended_buffers_come_out_in_order_with_the_bytes_around_them(int before, int appended, int after)
    {
        var expected = new List<byte>();
        var buffer = new SegmentedBuffer();
        Write(buffer, before, 1, expected);
        var other = new SegmentedBuffer();
        Write(other, 100, 9, []);
        var from = other.Mark();
        Write(other, appended, 2, expected);
        var to = other.Mark();
        Write(other, 100, 9, []);
        buffer.Adopt(other);
        buffer.Append(other, from, to);
        buffer.Append(other, to, to);
        Write(buffer, after, 3, expected);

        Assert.Equal(expected.Count, buffer.Length);
        var copied = new byte[buffer.Length];
        buffer.CopyTo(copied);
        Assert.Equal(expected.ToArray(), copied);

        var viaSpan = new byte[buffer.Length + 1];
        buffer.CopyTo(viaSpan.AsSpan());
        Assert.Equal(expected.ToArray(), viaSpan[..^1]);

        using var stream = new MemoryStream();
        buffer.WriteTo(stream);
        Assert.Equal(expected.ToArray(), stream.ToArray());
        if (buffer.TryGetContiguous(out var contiguous))
        {
            Assert.Equal(expected.ToArray(), contiguous.ToArray());
        }

        // Reset releases the adopted buffer, keeps what it may of its own and the buffer is used again.
        buffer.Reset();
        Assert.Equal(0, other.Length);
        var again = new List<byte>();
        Write(buffer, appended + 7, 4, again);
        Assert.Equal(again.ToArray(), Copy(buffer));
        buffer.Release();
        Assert.Equal(0, buffer.Length);
    }

    [Fact]
    public void Many_appended_buffers_copied_on_several_threads_give_the_bytes_in_order()
    {
        var expected = new List<byte>();
        var buffer = new SegmentedBuffer();
        var lenders = new[] { new SegmentedBuffer(), new SegmentedBuffer() };
        var parts = new List<(SegmentedBuffer Lender, int From, int To, List<byte> Bytes)>();
        for (var part = 0; part < 40; part++)
        {
            // Parts of two lenders, taken out of order, as threads write them.
            var lender = lenders[part % 3 == 0 ? 0 : 1];
            var bytes = new List<byte>();
            var from = lender.Mark();
            Write(lender, 17_000 * part, (byte)(part + 100), bytes);
            parts.Add((lender, from, lender.Mark(), bytes));
        }

        foreach (var lender in lenders)
        {
            buffer.Adopt(lender);
        }

        foreach (var (part, n) in parts.Select((part, n) => (part, n)).OrderBy(p => (p.n * 7) % 40))
        {
            Write(buffer, 1_000 * n, (byte)n, expected);
            buffer.Append(part.Lender, part.From, part.To);
            expected.AddRange(part.Bytes);
        }

        Assert.True(buffer.Length > 8 * 1024 * 1024, "The copy uses several threads.");
        Assert.Equal(expected.ToArray(), Copy(buffer));
    }

    private static byte[] Copy(SegmentedBuffer buffer)
    {
        var bytes = new byte[buffer.Length];
        buffer.CopyTo(bytes);
        return bytes;
    }

    /// <summary>Writes <paramref name="count"/> bytes that vary with their position and <paramref name="seed"/>,
    /// in pieces of varying size, and adds them to <paramref name="expected"/>.</summary>
    private static void Write(SegmentedBuffer buffer, int count, byte seed, List<byte> expected)
    {
        var written = 0;
        while (written < count)
        {
            var piece = Math.Min(count - written, 1 + (int)((written * 7919L) % 9_000));
            var span = buffer.GetSpan(piece);
            for (var i = 0; i < piece; i++)
            {
                span[i] = (byte)(seed + ((written + i) * 31));
                expected.Add(span[i]);
            }

            buffer.Advance(piece);
            written += piece;
        }
    }
}
