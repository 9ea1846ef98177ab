namespace ClaimModel.Disputes;

/// <summary>Which disputes an add created or changed (<see cref="DisputeTracker.Add"/>), by id, sorted ordinally.</summary>
/// <remarks>Value equality over every member, lists in order.</remarks>
public sealed record DisputeUpdate
{
    /// <summary>The disputes the add created (they did not exist before it).</summary>
    public required ValueList<string> Created { get; init; }

    /// <summary>The disputes that existed and gained findings.</summary>
    public required ValueList<string> Changed { get; init; }

    /// <summary>Whether the add touched no dispute.</summary>
    public bool IsEmpty => Created.IsEmpty && Changed.IsEmpty;
}
