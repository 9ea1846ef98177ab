namespace ClaimModel.Disputes;

/// <summary>Which disputes an add created, changed or removed (<see cref="DisputeTracker.Add"/>,
/// <see cref="DisputeTracker.Update"/>), by id, sorted ordinally.</summary>
/// <remarks>Value equality over every member, lists in order.</remarks>
public sealed record DisputeUpdate
{
    /// <summary>The disputes the add created (they did not exist before it).</summary>
    public required ValueList<string> Created { get; init; }

    /// <summary>The disputes that existed before the add and changed: gained findings, lost findings whose claims were
    /// superseded or retracted, or have voices an identity link joined.</summary>
    public required ValueList<string> Changed { get; init; }

    /// <summary>The disputes the add removed: every finding they held names a claim that was superseded or retracted.</summary>
    public ValueList<string> Removed { get; init; }

    /// <summary>Whether the add touched no dispute.</summary>
    public bool IsEmpty => Created.IsEmpty && Changed.IsEmpty && Removed.IsEmpty;
}
