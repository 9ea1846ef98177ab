using System.Text;
using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>"Says" texts are kept as one string per content: equal texts built twice are one instance, texts longer
/// than <see cref="SharedTexts.MaxLength"/> and texts past <see cref="SharedTexts.MaxKept"/> are made each time (with
/// the same contents), and the participants of two claims that say the same thing share their text.</summary>
public sealed class SharedTextsTests
{
    [Fact]
    public void Equal_texts_are_one_string()
    {
        var texts = new SharedTexts();

        var first = texts.Of(new StringBuilder("Russia carried out the strike"));
        var second = texts.Of(new StringBuilder("Russia carried ").Append("out the strike"));

        Assert.Equal("Russia carried out the strike", first);
        Assert.Same(first, second);
        Assert.NotSame(first, texts.Of(new StringBuilder("Russia carried out the strikes")));
        Assert.Equal(string.Empty, texts.Of(new StringBuilder()));
    }

    [Fact]
    public void Long_texts_and_texts_past_the_kept_ones_are_made_each_time()
    {
        var texts = new SharedTexts();
        var longText = new string('x', SharedTexts.MaxLength + 1);
        Assert.Equal(longText, texts.Of(new StringBuilder(longText)));
        Assert.NotSame(texts.Of(new StringBuilder(longText)), texts.Of(new StringBuilder(longText)));
        var atLimit = new string('y', SharedTexts.MaxLength);
        Assert.Same(texts.Of(new StringBuilder(atLimit)), texts.Of(new StringBuilder(atLimit)));

        // One kept so far (the text at the limit; the long one is not): fill the rest.
        for (var i = 0; i < SharedTexts.MaxKept - 1; i++)
        {
            _ = texts.Of(new StringBuilder("t").Append(i));
        }

        var late = texts.Of(new StringBuilder("late"));
        Assert.Equal("late", late);
        Assert.NotSame(late, texts.Of(new StringBuilder("late")));
        Assert.Same(texts.Of(new StringBuilder("t0")), texts.Of(new StringBuilder("t0")));
    }

    [Fact]
    public void Participants_that_say_the_same_share_the_text()
    {
        var report = ContradictionDetector.Analyze(Document(
            [Claim("c1", "usa", "i1", Did("russia")), Claim("c2", "uk", "i1", Did("russia"))],
            [Denial("d1", "russia", "i1", Did("russia"))]));

        var says = report.Findings.SelectMany(f => f.Participants).Where(p => p.Id is "c1" or "c2").DistinctBy(p => p.Id).Select(p => p.Says).ToArray();

        Assert.Equal(2, says.Length);
        Assert.Equal(says[0], says[1]);
        Assert.Same(says[0], says[1]);
    }
}
