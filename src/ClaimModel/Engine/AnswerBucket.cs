namespace ClaimModel.Engine;

/// <summary>A bucket of claims that compare pairwise (responsibility, figures, occurrence times of one incident)
/// kept as groups of equal answers (<see cref="AnswerGroup"/>): claims that agree — the same perpetrators from the
/// same side, the same figure interval at the same time — fall into one group, so a new claim costs one comparison
/// per distinct answer plus one step per finding or consistent comparison it produces, not one per claim.</summary>
/// <typeparam name="TAnswer">What decides the outcome of a comparison (equal answers compare alike).</typeparam>
internal sealed class AnswerBucket<TAnswer>
    where TAnswer : notnull
{
    private readonly Dictionary<TAnswer, AnswerGroup> _byAnswer = [];
    private readonly List<AnswerGroup> _groups = [];

    /// <summary>The groups in the order their first members were added.</summary>
    public List<AnswerGroup> Groups => _groups;

    /// <summary>Files <paramref name="entry"/> in the group of <paramref name="answer"/>.</summary>
    public void Add(TAnswer answer, ClaimEntry entry)
    {
        if (_byAnswer.TryGetValue(answer, out var group))
        {
            group.Add(entry);
            return;
        }

        group = new AnswerGroup(entry);
        _byAnswer.Add(answer, group);
        _groups.Add(group);
    }

    /// <summary>Removes <paramref name="entry"/> where it is the last member of its group (undoing a failed add), and
    /// the group when it becomes empty; whether the bucket is now empty.</summary>
    public bool RemoveLast(ClaimEntry entry)
    {
        for (var i = _groups.Count - 1; i >= 0; i--)
        {
            var group = _groups[i];
            if (group.RemoveLast(entry) && group.Count == 0)
            {
                _groups.RemoveAt(i);
                foreach (var (answer, candidate) in _byAnswer)
                {
                    if (ReferenceEquals(candidate, group))
                    {
                        _byAnswer.Remove(answer);
                        break;
                    }
                }
            }
        }

        return _groups.Count == 0;
    }
}
