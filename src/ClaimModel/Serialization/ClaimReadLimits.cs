using System.Globalization;

namespace ClaimModel.Serialization;

/// <summary>How much one read of <see cref="ClaimJson"/>, <see cref="ClaimJsonStream"/> or the document loader accepts
/// before it stops with a <see cref="ClaimJsonException"/> naming the JSON path, the limit and the value: the size of
/// the input, the length of one string, the number of array elements and the nesting depth. The limits are checked
/// while reading (no second pass): a document is refused as soon as it crosses one, a string before it is
/// allocated.</summary>
/// <remarks>
/// <para><see cref="Service"/> (the defaults of a new instance) suits input from people you do not control, as the
/// ASP.NET integration reads it: 64 MiB, strings of 1,000,000 bytes, 1,000,000 array elements, depth 64.
/// <see cref="Trusted"/> (no limit but the depth) is what the reads without a <see cref="ClaimReadLimits"/> use, and
/// suits your own files.</para>
/// <para>Each value must be at least 1 (<see cref="MaxDepth"/> at most <see cref="ClaimJson.MaxDepth"/>); an
/// <see cref="ArgumentOutOfRangeException"/> says so when it is set. Value equality over every member.</para>
/// </remarks>
public sealed record ClaimReadLimits
{
    /// <summary>The default of <see cref="MaxDocumentBytes"/> for services: 64 MiB.</summary>
    public const long DefaultMaxDocumentBytes = 64L * 1024 * 1024;

    /// <summary>The default of <see cref="MaxStringLength"/> for services: 1,000,000 bytes.</summary>
    public const int DefaultMaxStringLength = 1_000_000;

    /// <summary>The default of <see cref="MaxElementCount"/> for services: 1,000,000 array elements.</summary>
    public const long DefaultMaxElementCount = 1_000_000;

    private readonly long _maxDocumentBytes = DefaultMaxDocumentBytes;
    private readonly int _maxStringLength = DefaultMaxStringLength;
    private readonly long _maxElementCount = DefaultMaxElementCount;
    private readonly int _maxDepth = ClaimJson.MaxDepth;

    /// <summary>The limits for untrusted input (the defaults): 64 MiB, strings of 1,000,000 bytes, 1,000,000 array
    /// elements, depth 64.</summary>
    public static ClaimReadLimits Service { get; } = new();

    /// <summary>The limits for trusted files: no limit on size, string length or element count (beyond what an array
    /// holds, about 2 GB), depth 64. The reads without a <see cref="ClaimReadLimits"/> argument use these.</summary>
    public static ClaimReadLimits Trusted { get; } = new()
    {
        MaxDocumentBytes = long.MaxValue,
        MaxStringLength = int.MaxValue,
        MaxElementCount = long.MaxValue,
    };

    /// <summary>The largest input read, in bytes (after a byte order mark); for <see cref="ClaimJsonStream"/>, the
    /// largest record (line or array element). A stream is refused as soon as more bytes arrive, before they are
    /// kept.</summary>
    public long MaxDocumentBytes
    {
        get => _maxDocumentBytes;
        init => _maxDocumentBytes = AtLeastOne(value, nameof(MaxDocumentBytes));
    }

    /// <summary>The longest string value, in UTF-8 bytes as written between its quotes (an escape such as
    /// <c>\u00e9</c> counts its six bytes), checked before the string is allocated. Member names are not strings in
    /// this sense (unknown ones are refused anyway).</summary>
    public int MaxStringLength
    {
        get => _maxStringLength;
        init => _maxStringLength = (int)AtLeastOne(value, nameof(MaxStringLength));
    }

    /// <summary>The most array elements in one document, counted over all its arrays (claims, statements, reports,
    /// actors, aliases …); for <see cref="ClaimJsonStream"/>, in one record.</summary>
    public long MaxElementCount
    {
        get => _maxElementCount;
        init => _maxElementCount = AtLeastOne(value, nameof(MaxElementCount));
    }

    /// <summary>The deepest nesting of objects and arrays, from 1 to <see cref="ClaimJson.MaxDepth"/> (the default);
    /// for <see cref="ClaimJsonStream"/>, of one record.</summary>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = value is >= 1 and <= ClaimJson.MaxDepth
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxDepth), value, string.Create(CultureInfo.InvariantCulture, $"MaxDepth must be from 1 to {ClaimJson.MaxDepth}."));
    }

    private static long AtLeastOne(long value, string name) =>
        value >= 1 ? value : throw new ArgumentOutOfRangeException(name, value, name + " must be at least 1.");

    /// <summary>The error for a limit crossed, in the message form shared by every read.</summary>
    /// <param name="what">The value that crossed it ("string of 2,000,001 bytes").</param>
    /// <param name="limit">The limit's name.</param>
    /// <param name="value">The limit's value.</param>
    internal static string Exceeded(string what, string limit, long value) =>
        string.Create(CultureInfo.InvariantCulture, $"{what} exceeds {limit} {value:N0}; shorten the input or raise ClaimReadLimits.{limit}.");
}
