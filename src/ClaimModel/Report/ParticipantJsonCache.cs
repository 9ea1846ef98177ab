using System.Buffers;
using System.Text.Json;
using ClaimModel.Engine;
using ClaimModel.Serialization;

namespace ClaimModel.Reporting;

/// <summary>Writes finding participants (<see cref="OutputWireFormat.Participant"/>) keeping the bytes of the ones
/// written last, for the findings of one report write: an entry's participant is shared by all its findings (an
/// accusation of a fan-out incident takes part in dozens), and the findings of one incident come together, so most
/// participants are copied instead of written again. The bytes are those the writer itself writes at the depth it is
/// at (each participant is rendered once at that depth with the writer's options, indentation included), so the output
/// is the same byte for byte. Holds at most about <see cref="ArenaBytes"/> bytes: when full, it starts over. One
/// instance per write (not thread-safe).</summary>
internal sealed class ParticipantJsonCache : ValueFormat<FindingParticipant>
{
    /// <summary>How many bytes of participants it keeps at most, unless told.</summary>
    public const int ArenaBytes = 4 * 1024 * 1024;

    private readonly int _arenaBytes;

    /// <summary>The bytes of the participant last kept for each id (the statements of one claim share a slot), with the
    /// participant they were written for: a string key hashes cheaper than the identity of the participant.</summary>
    private readonly Dictionary<string, (FindingParticipant Participant, int Start, int Length)> _written = [];
    private readonly ArrayBufferWriter<byte> _scratch = new(4096);
    private byte[] _arena = [];
    private int _used;
    private int _depth = -1;
    private Utf8JsonWriter? _renderer;

    /// <summary>A cache for one write.</summary>
    /// <param name="arenaBytes">How many bytes of participants it keeps at most (a participant of more than a quarter
    /// of that is written, not kept).</param>
    public ParticipantJsonCache(int arenaBytes = ArenaBytes) => _arenaBytes = arenaBytes;

    /// <inheritdoc/>
    public override FindingParticipant Read(ref Utf8JsonReader reader, JsonReadContext context) => OutputWireFormat.Participant.Read(ref reader, context);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, FindingParticipant value)
    {
        if (writer.CurrentDepth != _depth || _renderer is null)
        {
            // Rendered bytes hold the indentation of one depth (and one writer's options).
            _written.Clear();
            _used = 0;
            _depth = writer.CurrentDepth;
            _renderer?.Dispose();
            _renderer = new Utf8JsonWriter(_scratch, writer.Options);
        }

        var key = value.Id ?? string.Empty;
        if (_written.TryGetValue(key, out var at) && ReferenceEquals(at.Participant, value))
        {
            writer.WriteRawValue(_arena.AsSpan(at.Start, at.Length), skipInputValidation: true);
            return;
        }

        var rendered = Render(value);
        writer.WriteRawValue(rendered, skipInputValidation: true);
        if (_used + rendered.Length > _arena.Length)
        {
            if (rendered.Length > _arenaBytes / 4)
            {
                return;
            }

            if (_arena.Length < _arenaBytes)
            {
                Array.Resize(ref _arena, Math.Min(_arenaBytes, Math.Max(2 * _arena.Length, Math.Max(_used + rendered.Length, 64 * 1024))));
            }

            if (_used + rendered.Length > _arena.Length)
            {
                _written.Clear();
                _used = 0;
            }
        }

        rendered.CopyTo(_arena.AsSpan(_used));
        _written[key] = (value, _used, rendered.Length);
        _used += rendered.Length;
    }

    /// <summary>The bytes the writer writes for <paramref name="value"/> as an element of an array at the depth it is at
    /// (the line break and indentation before it included, the list separator not).</summary>
    private ReadOnlySpan<byte> Render(FindingParticipant value)
    {
        var renderer = _renderer!;
        _scratch.ResetWrittenCount();
        renderer.Reset(_scratch);
        for (var i = 0; i < _depth; i++)
        {
            renderer.WriteStartArray();
        }

        renderer.Flush();
        var start = _scratch.WrittenCount;
        OutputWireFormat.Participant.Write(renderer, value);
        renderer.Flush();
        return _scratch.WrittenSpan[start..];
    }
}
