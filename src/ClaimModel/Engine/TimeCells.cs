namespace ClaimModel.Engine;

/// <summary>Days (UTC) as the time dimension of the presence buckets filed by place and by 1° cell: an acting claim
/// or an absence whose time spans at most <see cref="MaxDays"/> days is filed under each of those days, one whose
/// time is unknown or wider under <see cref="Timeless"/>, and every one under <see cref="AllTimes"/>. A lookup with a
/// narrow time reads the buckets of its own days and the timeless one; a lookup with a wide or unknown time reads the
/// all-times one. Two times that overlap share an instant and so a day; a pair met on several shared days is taken
/// on the first of them (<see cref="IsFirstSharedDay"/>). So a place visited by thousands of claims over the years
/// compares a claim only with those of the same days, and finds exactly the pairs that comparing it with all of them
/// would find.</summary>
internal static class TimeCells
{
    /// <summary>The widest time, in days, filed day by day.</summary>
    public const int MaxDays = 8;

    /// <summary>The most buckets an entry is filed under by day in one family (1° cells × days): an absence whose
    /// radius reaches many cells is filed as timeless rather than under every cell of every day.</summary>
    public const int MaxFilings = 64;

    /// <summary>The time slot of the bucket of entries whose time is unknown or wider than <see cref="MaxDays"/>.</summary>
    public const int Timeless = int.MinValue;

    /// <summary>The time slot of the bucket holding every entry of the family, read by lookups with a wide time.</summary>
    public const int AllTimes = int.MinValue + 1;

    /// <summary>The UTC days <paramref name="when"/> spans, first to last (last &lt; first for an empty interval,
    /// which overlaps nothing but an unknown time), when it is known, does not end before it starts, and spans at most <see cref="MaxDays"/> days and
    /// <paramref name="places"/> × its days ≤ <see cref="MaxFilings"/>; otherwise false (filed as timeless).</summary>
    /// <param name="when">The entry's resolved time.</param>
    /// <param name="places">How many places (1° cells) the entry is filed under in the family.</param>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day.</param>
    public static bool TryGetDays(ResolvedTime? when, int places, out int first, out int last)
    {
        first = 0;
        last = -1;
        // An interval clamped at the end of the calendar, or one whose end came out before its start, is judged by
        // every lookup (timeless): only the exact comparison decides for it.
        if (when is null || when.End == DateTimeOffset.MaxValue || when.End < when.Start)
        {
            return false;
        }

        first = Day(when.Start);
        // End is exclusive: an interval ending at midnight does not reach the next day.
        last = when.End == when.Start ? first - 1 : Day(when.End.AddTicks(-1));
        var days = (long)last - first + 1;
        return days <= MaxDays && days * Math.Max(1, places) <= MaxFilings;
    }

    /// <summary>Whether <paramref name="day"/>, a day both narrow times span, is the first day they share: the later
    /// of their first days (<paramref name="firstA"/>, and the first day of <paramref name="b"/>).</summary>
    public static bool IsFirstSharedDay(int day, int firstA, ResolvedTime b) => day == Math.Max(firstA, Day(b.Start));

    private static int Day(DateTimeOffset instant) => (int)(instant.UtcTicks / TimeSpan.TicksPerDay);
}
