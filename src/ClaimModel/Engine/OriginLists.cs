namespace ClaimModel.Engine;

/// <summary>The <see cref="Finding.Origins"/> of findings: the distinct claimant ids of the two participants, sorted
/// ordinally, as one shared list per pair of claimants (a corpus has far fewer pairs of claimants than findings), up
/// to <see cref="MaxKept"/> pairs; past that, each finding gets a list of its own. Safe to read from any thread.</summary>
internal sealed class OriginLists
{
    /// <summary>The most pairs kept (about 4 MB at most).</summary>
    public const int MaxKept = 1 << 16;

    private readonly Lock _lock = new();
    private readonly Dictionary<(int Low, int High), ValueList<string>> _kept = [];

    /// <summary>The origins of a finding between a record of <paramref name="x"/> and one of <paramref name="y"/>.</summary>
    public ValueList<string> Of(ActorNode x, ActorNode y)
    {
        // A tuple, hashed by HashCode.Combine: serials are small consecutive numbers, and a long's hash (the xor of its
        // halves) would put most pairs in a few chains.
        var pair = x.Serial <= y.Serial ? (x.Serial, y.Serial) : (y.Serial, x.Serial);
        lock (_lock)
        {
            if (_kept.TryGetValue(pair, out var kept))
            {
                return kept;
            }

            var made = Make(x, y);
            if (_kept.Count < MaxKept)
            {
                _kept.Add(pair, made);
            }

            return made;
        }
    }

    private static ValueList<string> Make(ActorNode x, ActorNode y)
    {
        var order = string.CompareOrdinal(x.Id, y.Id);
        return order == 0 ? new ValueList<string>([x.Id]) : order < 0 ? new ValueList<string>([x.Id, y.Id]) : new ValueList<string>([y.Id, x.Id]);
    }
}
