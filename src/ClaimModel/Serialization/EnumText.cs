using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The kebab-case wire names of an enum's members (<c>MilitaryUnit</c> ↔ <c>"military-unit"</c>):
/// the single place enum text is made, for JSON and for reports. Trimming/AOT-safe (no reflection).</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal static class EnumText<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> NamesByValue =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => ToKebabCase(v.ToString()));

    private static readonly FrozenDictionary<string, TEnum> ValuesByName =
        NamesByValue.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    private static readonly FrozenDictionary<TEnum, JsonEncodedText> EncodedByValue =
        NamesByValue.ToFrozenDictionary(p => p.Key, p => JsonEncodedText.Encode(p.Value));

    private static readonly (JsonEncodedText Name, TEnum Value)[] Encoded =
        Enum.GetValues<TEnum>().Select(v => (EncodedByValue[v], v)).ToArray();

    /// <summary>The encoded names indexed by value, when the enum is an <see cref="int"/> enum whose values are 0 to n−1
    /// (every ClaimModel enum): what <see cref="TryGetEncoded"/> looks a value up in on every write.</summary>
    private static readonly JsonEncodedText[]? EncodedByNumber = Enum.GetUnderlyingType(typeof(TEnum)) == typeof(int)
        && Enum.GetValues<TEnum>().Select((v, i) => Unsafe.As<TEnum, int>(ref v) == i).All(dense => dense)
        ? Enum.GetValues<TEnum>().Select(v => EncodedByValue[v]).ToArray()
        : null;

    /// <summary>Every wire name, in declaration order, for error messages ("one of: a, b, c").</summary>
    public static readonly string AllNames = string.Join(", ", Enum.GetValues<TEnum>().Select(v => NamesByValue[v]));

    /// <summary>The wire name of <paramref name="value"/>; an undefined value gives its number as text.</summary>
    public static string Name(TEnum value) =>
        NamesByValue.TryGetValue(value, out var name) ? name : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="value"/> is a defined member.</summary>
    public static bool IsDefined(TEnum value) => NamesByValue.ContainsKey(value);

    /// <summary>Parses an exact (case-sensitive) wire name.</summary>
    public static bool TryParse(string text, out TEnum value) => ValuesByName.TryGetValue(text, out value);

    /// <summary>The encoded wire name of <paramref name="value"/> for a JSON writer; <see langword="false"/>
    /// for an undefined value.</summary>
    /// <param name="value">The value.</param>
    /// <param name="name">The encoded name.</param>
    public static bool TryGetEncoded(TEnum value, out JsonEncodedText name)
    {
        if (EncodedByNumber is { } byNumber)
        {
            var number = Unsafe.As<TEnum, int>(ref value);
            var found = (uint)number < (uint)byNumber.Length;
            name = found ? byNumber[number] : default;
            return found;
        }

        return EncodedByValue.TryGetValue(value, out name);
    }

    /// <summary>The index (in declaration order) of the exact, case-sensitive wire name in the string token the
    /// reader is on, without allocating; −1 when it is no member's name.</summary>
    /// <param name="reader">A reader on a string token.</param>
    public static int IndexOf(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < Encoded.Length; i++)
        {
            if (Utf8Text.Equals(ref reader, Encoded[i].Name.EncodedUtf8Bytes))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The member at <paramref name="index"/> in declaration order (see <see cref="IndexOf"/>).</summary>
    /// <param name="index">The index.</param>
    public static TEnum ValueAt(int index) => Encoded[index].Value;

    /// <summary>The first format version that has the value at <paramref name="index"/> (declaration order).</summary>
    public static int SinceVersion(int index) => Since[index];

    private static readonly int[] Since = Enum.GetValues<TEnum>().Select(v => FormatVersions.Since(v)).ToArray();

    private static string ToKebabCase(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
