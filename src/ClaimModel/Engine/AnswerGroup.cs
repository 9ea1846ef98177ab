namespace ClaimModel.Engine;

/// <summary>The entries of a bucket that give the same answer (<see cref="AnswerBucket{TAnswer}"/>), in the order
/// they were added. An entry compares with the same outcome against every member of a group, so the engine compares
/// it with the group's first member once and then lists the members only for the findings that come out. Most groups
/// keep one member: it is held in a field, and an array is made for the second (<see cref="EntryList{T}"/>).</summary>
internal class AnswerGroup
{
    private EntryList<ClaimEntry> _members;

    public AnswerGroup(ClaimEntry first) => _members.Add(first);

    /// <summary>The first member: the one compared for the whole group.</summary>
    public ClaimEntry Representative => _members[0];

    /// <summary>How many members.</summary>
    public int Count => _members.Count;

    /// <summary>The member at <paramref name="index"/> (add order).</summary>
    public ClaimEntry this[int index] => _members[index];

    /// <summary>Appends a member.</summary>
    public void Add(ClaimEntry entry) => _members.Add(entry);

    /// <summary>Removes the last member when it is <paramref name="entry"/> (undoing a failed add); whether it was.</summary>
    public bool RemoveLast(ClaimEntry entry) => _members.RemoveLast(entry);
}
