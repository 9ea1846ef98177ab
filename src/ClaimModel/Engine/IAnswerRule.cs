namespace ClaimModel.Engine;

/// <summary>How the entries of one kind of <see cref="AnswerBucket{TRule}"/> answer: whether two entries give the same
/// answer (then they compare alike with any other entry), and a hash of an entry's answer. The answer is read from the
/// entry each time (its statement, claimant, actors, figure and times never change once it is filed), so a group keeps
/// only its members, not a copy of their answer.</summary>
internal interface IAnswerRule
{
    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> give the same answer.</summary>
    /// <param name="a">An entry of the bucket.</param>
    /// <param name="b">Another entry of the kind the bucket holds.</param>
    static abstract bool Same(ClaimEntry a, ClaimEntry b);

    /// <summary>A hash of the entry's answer: equal for entries that give the same answer.</summary>
    /// <param name="entry">An entry of the kind the bucket holds.</param>
    static abstract int Hash(ClaimEntry entry);
}
