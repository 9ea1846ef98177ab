namespace ClaimModel;

/// <summary>How precisely a time was reported; an imprecise time widens to the whole unit in its zone.
/// JSON: kebab-case.</summary>
public enum TimePrecision
{
    /// <summary>An exact instant (to the minute or better).</summary>
    Exact,
    /// <summary>The hour is known.</summary>
    Hour,
    /// <summary>The day is known.</summary>
    Day,
    /// <summary>The week is known (ISO weeks, starting Monday).</summary>
    Week,
    /// <summary>The month is known.</summary>
    Month,
    /// <summary>The year is known.</summary>
    Year,
}
