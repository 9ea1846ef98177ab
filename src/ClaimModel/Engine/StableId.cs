using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using ClaimModel.Serialization;

namespace ClaimModel.Engine;

/// <summary>Ids that derive from what a thing is: a prefix and the first 16 hex digits of the SHA-256 of its key text
/// (UTF-8, fields separated by line feeds). The same key gives the same id on every machine and run.</summary>
/// <remarks>A finding's key is encoded field by field into one buffer (on the stack when it fits) and hashed from
/// there: no key string, no byte array. Every field is whole text followed by an ASCII separator, so encoding the
/// fields one by one gives the bytes of encoding the joined key.</remarks>
internal static class StableId
{
    /// <summary>Keys up to this many UTF-8 bytes are built on the stack.</summary>
    private const int StackBytes = 512;

    /// <summary>A finding's id: its kind, incident and participants (role, id, statement position), in order.</summary>
    public static string Of(Finding finding)
    {
        var participants = finding.Participants.AsSpan();
        var kind = EnumText<FindingKind>.Name(finding.Kind);
        var incident = finding.Incident ?? string.Empty;
        var length = MaxBytes(kind) + MaxBytes(incident) + 2;
        foreach (var participant in participants)
        {
            // role, ' ', id, '#', up to 10 digits, '\n'
            length += MaxBytes(EnumText<ParticipantRole>.Name(participant.Role)) + MaxBytes(participant.Id) + 13;
        }

        byte[]? rented = null;
        var buffer = length <= StackBytes ? stackalloc byte[StackBytes] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = Append(buffer, 0, kind, (byte)'\n');
            written = Append(buffer, written, incident, (byte)'\n');
            foreach (var participant in participants)
            {
                written = Append(buffer, written, EnumText<ParticipantRole>.Name(participant.Role), (byte)' ');
                written += Encoding.UTF8.GetBytes(participant.Id, buffer[written..]);
                if (participant.Statement is { } position)
                {
                    buffer[written++] = (byte)StatementReference.Separator;
                    position.TryFormat(buffer[written..], out var digits, default, System.Globalization.CultureInfo.InvariantCulture);
                    written += digits;
                }

                buffer[written++] = (byte)'\n';
            }

            return Of("fnd-", buffer[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The id of <paramref name="key"/> with <paramref name="prefix"/>.</summary>
    public static string Of(string prefix, string key) => Of(prefix, Encoding.UTF8.GetBytes(key));

    /// <summary>The id of the UTF-8 key <paramref name="key"/> with <paramref name="prefix"/>.</summary>
    private static string Of(string prefix, ReadOnlySpan<byte> key)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(key, hash);
        return string.Create(prefix.Length + 16, (Prefix: prefix, Head: BinaryPrimitives.ReadUInt64BigEndian(hash)), static (chars, state) =>
        {
            state.Prefix.CopyTo(chars);
            Span<byte> head = stackalloc byte[8];
            BinaryPrimitives.WriteUInt64BigEndian(head, state.Head);
            Convert.TryToHexStringLower(head, chars[state.Prefix.Length..], out _);
        });
    }

    private static int MaxBytes(string text) => Encoding.UTF8.GetMaxByteCount(text.Length);

    private static int Append(Span<byte> buffer, int at, string text, byte separator)
    {
        at += Encoding.UTF8.GetBytes(text, buffer[at..]);
        buffer[at] = separator;
        return at + 1;
    }
}
