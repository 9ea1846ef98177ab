using System.Globalization;

namespace ClaimModel;

/// <summary>Names a claim or one statement of it: <c>claimId</c> (the whole claim) or <c>claimId#n</c>, where n is
/// the statement's position in <see cref="Claim.Statements"/> (0 for the first, as in the JSON path
/// <c>statements[0]</c>).</summary>
/// <remarks>Positions are stable: a claim's statements keep their order, and amendments never add statements.
/// <c>#</c> cannot occur in an id, so a reference is never ambiguous. A denial names what it rejects this way
/// (<see cref="Denial.DeniedClaims"/>).</remarks>
public static class StatementReference
{
    /// <summary>The character between the claim id and the position.</summary>
    public const char Separator = '#';

    /// <summary>Splits a reference into the claim id and the position, if any.</summary>
    /// <param name="reference">The reference (<c>c-a10</c> or <c>c-a10#1</c>).</param>
    /// <param name="claim">The claim id (the whole text when it names no position).</param>
    /// <param name="position">The statement position, or <see langword="null"/> for the whole claim.</param>
    /// <returns><see langword="false"/> when the text after <c>#</c> is not a non-negative decimal integer
    /// without leading zeros (then <paramref name="claim"/> is the text before it).</returns>
    public static bool TryParse(string reference, out string claim, out int? position)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var hash = reference.IndexOf(Separator, StringComparison.Ordinal);
        position = null;
        if (hash < 0)
        {
            claim = reference;
            return true;
        }

        claim = reference[..hash];
        var digits = reference.AsSpan(hash + 1);
        if (digits.Length == 0 || digits.Length > 9 || (digits.Length > 1 && digits[0] == '0'))
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        position = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>The reference to a claim or one of its statements.</summary>
    /// <param name="claim">The claim id.</param>
    /// <param name="position">The statement position, or <see langword="null"/> for the whole claim.</param>
    public static string Format(string claim, int? position)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentOutOfRangeException.ThrowIfNegative(position ?? 0, nameof(position));
        return position is { } p ? string.Create(CultureInfo.InvariantCulture, $"{claim}{Separator}{p}") : claim;
    }
}
