namespace ClaimModel.Engine;

/// <summary>The change log a <see cref="ClaimModel.Disputes.DisputeTracker"/> attached to the index reads after each
/// add: what the findings an add returns do not show.</summary>
/// <remarks>Revisions are the index's history (<see cref="_publishedRevisions"/>, append-only). Voices: every actor
/// node of an id shares one <see cref="VoiceCell"/>; after actors were added, the cells of the ids already met are set
/// to the voices the actors known now make (at the end of <see cref="AddActor"/>, and once per
/// <see cref="AddDocument"/>, <see cref="AddClaim"/> or <see cref="AddDenial"/>: O(actors + ids met), paid only after an
/// actor was added), and the ids whose voice changed are logged. Sides and filing are not redone: an actor added late
/// changes voices, not the findings already made (add actors before the claims whose sides they determine).</remarks>
public sealed partial class ContradictionIndex
{
    /// <summary>The actor ids whose voice changed after claims named them, in order (append-only).</summary>
    private readonly List<string> _revoiced = [];

    /// <summary>How many of <see cref="_revoiced"/> the published snapshot has seen.</summary>
    private int _publishedRevoiced;

    /// <summary>What changed since <paramref name="mark"/> that findings do not show. Call between adds, on the writer's
    /// thread (it enters as the writer, so a concurrent add is detected).</summary>
    internal IndexChanges ChangesSince(IndexChangeMark mark)
    {
        using var writer = _writer.Enter();
        var revisions = _publishedRevisions.AsMemory(Math.Min(mark.Revisions, _publishedRevisions.Length));
        var revoiced = _revoiced.Count > mark.Revoiced ? _revoiced.GetRange(mark.Revoiced, _revoiced.Count - mark.Revoiced).ToArray() : [];
        return new IndexChanges(revisions, revoiced, new IndexChangeMark(_publishedRevisions.Length, _revoiced.Count));
    }

    /// <summary>Adds or replaces an actor without setting the voices again (an add of several actors sets them once).</summary>
    private void AddActorCore(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        _actors.Add(actor);
    }

    /// <summary>Sets the voices of the actors already met after actors were added, logging the ids that changed.</summary>
    private void RefreshVoices() => _actors.RefreshVoices(_revoiced);

    /// <summary>Whether voices changed since the last published snapshot, marking them published: a report counts
    /// voices in its disputes, so a voice change publishes a new report instance even when no finding changed.</summary>
    private bool VoicesChangedSincePublished()
    {
        if (_publishedRevoiced == _revoiced.Count)
        {
            return false;
        }

        _publishedRevoiced = _revoiced.Count;
        return true;
    }
}
