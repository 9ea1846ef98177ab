namespace ClaimModel.Synthetic;

/// <summary>One side: its root actor, who speaks for it (with their time zone) and who can strike.</summary>
internal sealed class SideCast(string root)
{
    public string Root { get; } = root;

    public List<Speaker> Speakers { get; } = [];

    public List<Perpetrator> Perpetrators { get; } = [];
}
