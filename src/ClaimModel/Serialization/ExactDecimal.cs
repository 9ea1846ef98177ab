using System.Globalization;

namespace ClaimModel.Serialization;

/// <summary>Whether a <see cref="decimal"/> read from a JSON number holds that number exactly. Both are brought to
/// the form D × 10^E (D: the significant digits without leading or trailing zeros) and compared; the common case —
/// no exponent and at most 28 digits — is exact without that work.</summary>
internal static class ExactDecimal
{
    /// <summary>The most digits a number without an exponent may have and always be held exactly (28: below 10^28
    /// the 96-bit mantissa holds every integer, and the scale goes to 28).</summary>
    private const int AlwaysExactDigits = 28;

    /// <summary>Whether <paramref name="value"/> equals the JSON number <paramref name="number"/> (UTF-8) exactly.</summary>
    public static bool Holds(ReadOnlySpan<byte> number, decimal value)
    {
        var digits = 0;
        foreach (var b in number)
        {
            if (b is (byte)'e' or (byte)'E')
            {
                digits = int.MaxValue;
                break;
            }

            if (b is >= (byte)'0' and <= (byte)'9')
            {
                digits++;
            }
        }

        if (digits <= AlwaysExactDigits)
        {
            return true;
        }

        Span<byte> formatted = stackalloc byte[64];
        if (!Math.Abs(value).TryFormat(formatted, out var length, default, CultureInfo.InvariantCulture))
        {
            return false;
        }

        var scratch = number.Length <= 256 ? stackalloc byte[number.Length] : new byte[number.Length];
        var valueScratch = (stackalloc byte[64])[..length];
        if (!Normalize(number, scratch, out var numberDigits, out var numberExponent))
        {
            return false;
        }

        Normalize(formatted[..length], valueScratch, out var valueDigits, out var valueExponent);
        return numberDigits.Length == 0
            ? valueDigits.Length == 0
            : numberExponent == valueExponent && numberDigits.SequenceEqual(valueDigits);
    }

    /// <summary>The significant digits (copied into <paramref name="scratch"/>, without leading or trailing zeros;
    /// empty for zero) and the power of ten they are multiplied by. False for an exponent too large for any decimal
    /// on a non-zero number.</summary>
    private static bool Normalize(ReadOnlySpan<byte> number, Span<byte> scratch, out ReadOnlySpan<byte> digits, out long exponent)
    {
        var count = 0;
        var fraction = 0;
        var inFraction = false;
        var i = 0;
        for (; i < number.Length; i++)
        {
            var b = number[i];
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                if (count > 0 || b != (byte)'0')
                {
                    scratch[count++] = b;
                }

                if (inFraction)
                {
                    fraction++;
                }
            }
            else if (b == (byte)'.')
            {
                inFraction = true;
            }
            else if (b is (byte)'e' or (byte)'E')
            {
                break;
            }
        }

        long stated = 0;
        var negative = false;
        var exponentDigits = 0;
        for (i++; i < number.Length; i++)
        {
            var b = number[i];
            if (b == (byte)'-')
            {
                negative = true;
            }
            else if (b is >= (byte)'0' and <= (byte)'9' && (exponentDigits > 0 || b != (byte)'0'))
            {
                if (++exponentDigits > 12)
                {
                    // |E| ≥ 10^12: no decimal is that large or that small, except zero.
                    digits = scratch[..count];
                    exponent = 0;
                    return count == 0;
                }

                stated = (stated * 10) + (b - (byte)'0');
            }
        }

        // Digits after the first significant one that were counted as fraction but are leading zeros were skipped
        // above, so the exponent is taken from the fraction length and the trailing zeros removed here.
        exponent = (negative ? -stated : stated) - fraction;
        while (count > 0 && scratch[count - 1] == (byte)'0')
        {
            count--;
            exponent++;
        }

        digits = scratch[..count];
        return true;
    }
}
