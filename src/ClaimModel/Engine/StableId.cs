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
    public static string Of(Finding finding) => Of(finding.Kind, finding.Incident, new ListedParticipants(finding.Participants));

    /// <summary>The id of the finding <paramref name="finding"/> makes (<see cref="Of(Finding)"/>), without making it.</summary>
    public static string Of(in CompactFinding finding) => Of(finding.Kind, finding.Incident, new EntryParticipants(finding.X, finding.Y));

    private static string Of<TParticipants>(FindingKind findingKind, string? findingIncident, TParticipants participants)
        where TParticipants : struct, IParticipantKeys
    {
        var kind = EnumText<FindingKind>.Name(findingKind);
        var incident = findingIncident ?? string.Empty;
        var length = MaxBytes(kind) + MaxBytes(incident) + 2;
        for (var i = 0; i < participants.Count; i++)
        {
            // role, ' ', id, '#', up to 10 digits, '\n'
            length += MaxBytes(EnumText<ParticipantRole>.Name(participants.Role(i))) + MaxBytes(participants.Id(i)) + 13;
        }

        byte[]? rented = null;
        var buffer = length <= StackBytes ? stackalloc byte[StackBytes] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = Append(buffer, 0, kind, (byte)'\n');
            written = Append(buffer, written, incident, (byte)'\n');
            for (var i = 0; i < participants.Count; i++)
            {
                written = Append(buffer, written, EnumText<ParticipantRole>.Name(participants.Role(i)), (byte)' ');
                written += Encoding.UTF8.GetBytes(participants.Id(i), buffer[written..]);
                if (participants.Statement(i) is { } position)
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

    /// <summary>The (role, id, statement position) of each participant of a finding, in order.</summary>
    private interface IParticipantKeys
    {
        int Count { get; }

        ParticipantRole Role(int i);

        string Id(int i);

        int? Statement(int i);
    }

    /// <summary>The participants of a finding.</summary>
    private readonly struct ListedParticipants(ValueList<FindingParticipant> participants) : IParticipantKeys
    {
        public int Count => participants.Count;

        public ParticipantRole Role(int i) => participants[i].Role;

        public string Id(int i) => participants[i].Id;

        public int? Statement(int i) => participants[i].Statement;
    }

    /// <summary>The two entries of a compact finding, in canonical order, as their participants show them.</summary>
    private readonly struct EntryParticipants(Entry x, Entry y) : IParticipantKeys
    {
        public int Count => 2;

        public ParticipantRole Role(int i) => (i == 0 ? x : y).Role;

        public string Id(int i) => (i == 0 ? x : y).Id;

        public int? Statement(int i) => (i == 0 ? x : y).ParticipantStatement;
    }

    /// <summary>The id of <paramref name="key"/> with <paramref name="prefix"/>.</summary>
    public static string Of(string prefix, string key) => Of(prefix, Encoding.UTF8.GetBytes(key));

    /// <summary>The hash of this thread, reused from key to key (about half the cost of a one-shot hash, which sets up
    /// the digest each time).</summary>
    [ThreadStatic]
    private static IncrementalHash? t_sha256;

    /// <summary>The id of the UTF-8 key <paramref name="key"/> with <paramref name="prefix"/>.</summary>
    private static string Of(string prefix, ReadOnlySpan<byte> key)
    {
        Span<byte> hash = stackalloc byte[32];
        var sha256 = t_sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha256.AppendData(key);
        sha256.GetHashAndReset(hash);
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
