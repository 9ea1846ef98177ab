using System.Text;
using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The member names of one record type, in declaration order: their encoded names (compared as
/// UTF-8 on read), which are required, and the phrase naming the record in messages ("a claim"). Built by
/// <see cref="RecordFormat{T}"/>; it is what strict reading checks names against (unknown, duplicate,
/// missing).</summary>
internal sealed class JsonMembers
{
    private readonly JsonEncodedText[] _names;
    private readonly string[] _plainNames;

    /// <summary>Creates the table.</summary>
    /// <param name="label">How messages name the record ("a claim", "a presence statement").</param>
    /// <param name="names">The camelCase member names in declaration order; a trailing <c>!</c> marks a
    /// required member (the <c>!</c> is not part of the name). At most 32.</param>
    public JsonMembers(string label, params string[] names)
    {
        if (names.Length > 32)
        {
            throw new ArgumentOutOfRangeException(nameof(names), "At most 32 members fit the seen-mask.");
        }

        Label = label;
        _plainNames = new string[names.Length];
        _names = new JsonEncodedText[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            var required = names[i].EndsWith('!');
            _plainNames[i] = required ? names[i][..^1] : names[i];
            _names[i] = JsonEncodedText.Encode(_plainNames[i]);
            if (required)
            {
                RequiredMask |= 1u << i;
            }
        }

        Expected = string.Join(", ", _plainNames);
    }

    /// <summary>How messages name the record ("a claim").</summary>
    public string Label { get; }

    /// <summary>The member names for messages ("id, claimant, incident, ...").</summary>
    public string Expected { get; }

    /// <summary>One bit per required member.</summary>
    public uint RequiredMask { get; }

    /// <summary>The number of members.</summary>
    public int Count => _names.Length;

    /// <summary>The plain name of member <paramref name="index"/>, for messages and paths.</summary>
    /// <param name="index">The member index.</param>
    public string Name(int index) => _plainNames[index];

    /// <summary>Whether member <paramref name="index"/> is required.</summary>
    /// <param name="index">The member index.</param>
    public bool IsRequired(int index) => (RequiredMask & (1u << index)) != 0;

    /// <summary>The index of the member whose name the reader is on (allocation-free), or −1. The search
    /// starts at <paramref name="expected"/> (the member after the previous one), so members in declaration
    /// order, as written, match at the first comparison.</summary>
    /// <param name="reader">A reader positioned on a property name.</param>
    /// <param name="expected">The index to try first.</param>
    public int Find(ref Utf8JsonReader reader, int expected)
    {
        for (int tried = 0, i = expected; tried < _names.Length; tried++, i = i + 1 == _names.Length ? 0 : i + 1)
        {
            if (Utf8Text.Equals(ref reader, _names[i].EncodedUtf8Bytes))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The names of the required members missing from <paramref name="seen"/>, for a message.</summary>
    /// <param name="seen">The seen-mask.</param>
    public string Missing(uint seen)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < _names.Length; i++)
        {
            if (IsRequired(i) && (seen & (1u << i)) == 0)
            {
                builder.Append(builder.Length == 0 ? "'" : ", '").Append(_plainNames[i]).Append('\'');
            }
        }

        return builder.ToString();
    }
}
