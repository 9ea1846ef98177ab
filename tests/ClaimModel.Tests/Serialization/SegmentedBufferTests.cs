using ClaimModel.Serialization;

namespace ClaimModel.Tests.Serialization;

/// <summary>The write buffer behind <see cref="ClaimJson"/>: buffers moved into it (<see cref="SegmentedBuffer.Append"/>)
/// come out in order with what is written before and after them, and the copy into one array on several threads
/// gives the same bytes as the copy on one.</summary>
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
        var other = new SegmentedBuffer(128 * 1024);
        Write(other, appended, 2, expected);
        var empty = new SegmentedBuffer(128 * 1024);
        buffer.Append(other);
        buffer.Append(empty);
        Write(buffer, after, 3, expected);

        Assert.Equal(0, other.Length);
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

        // Reset keeps what it may and the buffer is used again.
        buffer.Reset();
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
        for (var part = 0; part < 40; part++)
        {
            Write(buffer, 1_000 * part, (byte)part, expected);
            var other = new SegmentedBuffer(128 * 1024);
            Write(other, 17_000 * part, (byte)(part + 100), expected);
            buffer.Append(other);
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
