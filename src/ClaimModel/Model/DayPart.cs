namespace ClaimModel;

/// <summary>A part of a local day that narrows a day-precision time ("early on Thursday"). JSON: kebab-case.</summary>
/// <remarks>Local bounds: early-morning [00:00, 09:00), morning [06:00, 12:00), afternoon [12:00, 18:00),
/// evening [17:00, 24:00), night [20:00, 06:00 next day).</remarks>
public enum DayPart
{
    /// <summary>"early on Thursday": local [00:00, 09:00).</summary>
    EarlyMorning,
    /// <summary>"Thursday morning": local [06:00, 12:00).</summary>
    Morning,
    /// <summary>"Thursday afternoon": local [12:00, 18:00).</summary>
    Afternoon,
    /// <summary>"Thursday evening": local [17:00, 24:00).</summary>
    Evening,
    /// <summary>"Thursday night": local [20:00, 06:00 next day).</summary>
    Night,
}
