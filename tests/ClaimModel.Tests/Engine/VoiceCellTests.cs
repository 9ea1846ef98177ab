using ClaimModel.Engine;

namespace ClaimModel.Tests.Engine;

/// <summary>A voice cell (<see cref="VoiceCell"/>) says it changed exactly when its voice or its probable flag changed
/// — the index re-voices the claims of an actor id on that answer.</summary>
public class VoiceCellTests
{
    [Fact]
    public void Setting_the_same_voice_and_flag_is_no_change()
    {
        var cell = new VoiceCell("kerry", "kerry", false);

        Assert.False(cell.Set("kerry", false));
        Assert.Equal("kerry", cell.Voice);
        Assert.False(cell.Probable);
    }

    [Fact]
    public void A_new_voice_is_a_change()
    {
        var cell = new VoiceCell("kerry", "kerry", false);

        Assert.True(cell.Set("state-dept", false));
        Assert.Equal("state-dept", cell.Voice);
        Assert.False(cell.Probable);
        Assert.False(cell.Set("state-dept", false));
    }

    [Fact]
    public void The_same_voice_joined_through_a_probable_link_is_a_change()
    {
        var cell = new VoiceCell("kerry", "state-dept", false);

        Assert.True(cell.Set("state-dept", true));
        Assert.True(cell.Probable);
        Assert.Equal("state-dept", cell.Voice);
        Assert.True(cell.Set("state-dept", false));
        Assert.False(cell.Probable);
    }
}
