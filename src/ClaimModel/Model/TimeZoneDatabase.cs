using NodaTime;
using NodaTime.TimeZones;

namespace ClaimModel;

/// <summary>The time-zone database the library reads IANA zone ids with: the IANA tz database (TZDB) embedded in
/// NodaTime (<c>DateTimeZoneProviders.Tzdb</c>), never the host's. Validation (<c>time-zone-unknown</c>,
/// <c>local-day-skipped</c>) and the contradiction engine give the same results on every machine, with or without
/// tzdata, whatever <c>TZ</c> or <c>TZDIR</c> say.</summary>
/// <remarks>The data changes only with the NodaTime package the library depends on; <see cref="Version"/> names the
/// release. Ids are case-sensitive, as in the TZDB (<c>Europe/Berlin</c>, and the TZDB's links such as
/// <c>US/Eastern</c>); Windows zone names are not ids.</remarks>
public static class TimeZoneDatabase
{
    private static readonly IDateTimeZoneProvider Provider = DateTimeZoneProviders.Tzdb;

    /// <summary>The TZDB release of the embedded data, as the IANA names it ("2025b").</summary>
    public static string Version { get; } = TzdbDateTimeZoneSource.Default.TzdbVersion;

    /// <summary>Whether <paramref name="id"/> is a zone id of the embedded database (ordinal, case-sensitive).</summary>
    /// <param name="id">An IANA zone id ("Europe/Moscow").</param>
    public static bool Contains(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Find(id) is not null;
    }

    /// <summary>The zone with <paramref name="id"/>, or <see langword="null"/>.</summary>
    internal static DateTimeZone? Find(string id) => Provider.GetZoneOrNull(id);
}
