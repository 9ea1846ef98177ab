using System.Globalization;
using System.Runtime.CompilerServices;

namespace ClaimModel.Engine;

/// <summary>An enum value kept in one byte by the types an analysis makes by the hundred thousand
/// (<see cref="Finding"/>, <see cref="FindingParticipant"/>): every named value of their enums fits.</summary>
internal static class SmallEnum
{
    /// <summary>The value as a byte.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 0 or above 255 (no named value is).</exception>
    public static byte ToByte<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where TEnum : struct, Enum
    {
        var number = Unsafe.SizeOf<TEnum>() == sizeof(int) ? Unsafe.As<TEnum, int>(ref value) : -1;
        return number is >= 0 and <= byte.MaxValue
            ? (byte)number
            : throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"{value} is not a {typeof(TEnum).Name}."));
    }
}
