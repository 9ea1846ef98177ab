using System.Text;
using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The member names of one record type in one format version, in declaration order: their encoded names
/// (compared as UTF-8 on read), which exist in the version and which are required, and the phrase naming the
/// record in messages ("a claim"). Built by <see cref="RecordFormat{T}"/>, one per format version; it is what
/// strict reading checks names against (unknown, duplicate, missing).</summary>
/// <remarks>Members of other versions keep their index (so every version shares the record's slots) but are
/// unknown in this one; two members may share a name when they exist in different versions.</remarks>
internal sealed class JsonMembers
{
    private readonly JsonEncodedText[] _names;
    private readonly string[] _plainNames;
    private readonly uint _available;
    private readonly string?[] _versions;

    /// <summary>Creates the table.</summary>
    /// <param name="label">How messages name the record ("a claim", "a presence statement").</param>
    /// <param name="names">The camelCase member names in declaration order; a trailing <c>!</c> marks a
    /// required member (the <c>!</c> is not part of the name). At most 32.</param>
    public JsonMembers(string label, params string[] names)
        : this(label, names, uint.MaxValue, 0, null)
    {
    }

    /// <summary>Creates the table of one format version.</summary>
    /// <param name="label">How messages name the record.</param>
    /// <param name="names">Every member name of the record in declaration order, <c>!</c> marking required ones.</param>
    /// <param name="available">The members (bits by index) that exist in this version.</param>
    /// <param name="version">The format version (for messages), or 0 when the record has one shape.</param>
    /// <param name="versions">For each member, the versions it exists in as message text ("formatVersion 1"), or
    /// <see langword="null"/> when every member exists in every version.</param>
    public JsonMembers(string label, string[] names, uint available, int version, string?[]? versions)
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
            if (required && (available & (1u << i)) != 0)
            {
                RequiredMask |= 1u << i;
            }
        }

        _available = available;
        _versions = versions ?? new string?[names.Length];
        Version = version;
        Expected = string.Join(", ", _plainNames.Where((_, i) => IsAvailable(i)));
    }

    /// <summary>How messages name the record ("a claim").</summary>
    public string Label { get; }

    /// <summary>The format version of this table, or 0 when the record has one shape in every version.</summary>
    public int Version { get; }

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

    /// <summary>Whether the member at <paramref name="index"/> exists in this version.</summary>
    public bool IsAvailable(int index) => (_available & (1u << index)) != 0;

    /// <summary>The versions member <paramref name="index"/> exists in, for a message ("formatVersion 1").</summary>
    /// <param name="index">The member index.</param>
    public string VersionsOf(int index) => _versions[index] ?? "every formatVersion";

    /// <summary>Finds the member the reader's property name names, starting the search at
    /// <paramref name="expected"/> (members are usually in declaration order, so this is one comparison).</summary>
    /// <param name="reader">The reader, on a property name.</param>
    /// <param name="expected">Where to start.</param>
    /// <param name="otherVersion">The index of the member of another format version that has the name, or −1.</param>
    /// <returns>The member index, or −1 when no member of this version has the name.</returns>
    public int Find(ref Utf8JsonReader reader, int expected, out int otherVersion)
    {
        otherVersion = -1;
        for (int tried = 0, i = expected; tried < _names.Length; tried++, i = i + 1 == _names.Length ? 0 : i + 1)
        {
            if (Utf8Text.Equals(ref reader, _names[i].EncodedUtf8Bytes))
            {
                if (IsAvailable(i))
                {
                    return i;
                }

                otherVersion = i;
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
