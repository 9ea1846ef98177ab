namespace ClaimModel.Engine;

/// <summary>The voice of one actor id (<see cref="VoiceResolver"/>), shared by every <see cref="ActorNode"/> made for
/// that id — before and after an actor was added — so that an identity link or a joining affiliation added after the
/// claims it joins re-voices them (<see cref="ActorGraph.RefreshVoices"/>). The name and the probable mark change
/// together (one reference write); only the writer changes them.</summary>
/// <param name="voice">The voice's name.</param>
/// <param name="probable">Whether a probable identity link joined it.</param>
internal sealed class VoiceCell(string voice, bool probable)
{
    private State _state = new(voice, probable);

    /// <summary>The voice's name.</summary>
    public string Voice => Volatile.Read(ref _state).Voice;

    /// <summary>Whether the voice was joined through a probable identity link.</summary>
    public bool Probable => Volatile.Read(ref _state).Probable;

    /// <summary>Sets the voice; says whether it changed.</summary>
    public bool Set(string voice, bool probable)
    {
        var state = _state;
        if (string.Equals(state.Voice, voice, StringComparison.Ordinal) && state.Probable == probable)
        {
            return false;
        }

        Volatile.Write(ref _state, new State(voice, probable));
        return true;
    }

    private sealed record State(string Voice, bool Probable);
}
