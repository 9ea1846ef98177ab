namespace ClaimModel.Engine;

/// <summary>The entries of a bucket that give the same answer (<see cref="AnswerBucket{TAnswer}"/>), in the order
/// they were added. An entry compares with the same outcome against every member of a group, so the engine compares
/// it with the group's first member once and then lists the members only for the findings that come out.</summary>
internal sealed class AnswerGroup
{
    private ClaimEntry[] _members;

    public AnswerGroup(ClaimEntry first)
    {
        _members = [first];
        Count = 1;
    }

    /// <summary>The first member: the one compared for the whole group.</summary>
    public ClaimEntry Representative => _members[0];

    /// <summary>How many members.</summary>
    public int Count { get; private set; }

    /// <summary>The member at <paramref name="index"/> (add order).</summary>
    public ClaimEntry this[int index] => _members[index];

    /// <summary>Appends a member.</summary>
    public void Add(ClaimEntry entry)
    {
        if (Count == _members.Length)
        {
            Array.Resize(ref _members, Count * 2);
        }

        _members[Count++] = entry;
    }

    /// <summary>Removes the last member when it is <paramref name="entry"/> (undoing a failed add); whether it was.</summary>
    public bool RemoveLast(ClaimEntry entry)
    {
        if (Count == 0 || !ReferenceEquals(_members[Count - 1], entry))
        {
            return false;
        }

        _members[--Count] = null!;
        return true;
    }
}
