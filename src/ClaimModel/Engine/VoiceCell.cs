namespace ClaimModel.Engine;

/// <summary>The voice of one actor id (<see cref="VoiceResolver"/>), shared by every <see cref="ActorNode"/> made for
/// that id — before and after an actor was added — so that an identity link or a joining affiliation added after the
/// claims it joins re-voices them (<see cref="ActorGraph.RefreshVoices"/>). Only the writer changes it; a reader on
/// another thread sees the old or the new voice.</summary>
/// <param name="id">The actor id.</param>
/// <param name="voice">The voice's name.</param>
/// <param name="probable">Whether a probable identity link joined it.</param>
internal sealed class VoiceCell(string id, string voice, bool probable)
{
    private string _voice = voice;
    private bool _probable = probable;

    /// <summary>The actor id.</summary>
    public string Id { get; } = id;

    /// <summary>The voice's name.</summary>
    public string Voice => Volatile.Read(ref _voice);

    /// <summary>Whether the voice was joined through a probable identity link.</summary>
    public bool Probable => Volatile.Read(ref _probable);

    /// <summary>Sets the voice; says whether it changed.</summary>
    public bool Set(string voice, bool probable)
    {
        if (string.Equals(_voice, voice, StringComparison.Ordinal) && _probable == probable)
        {
            return false;
        }

        Volatile.Write(ref _probable, probable);
        Volatile.Write(ref _voice, voice);
        return true;
    }
}
