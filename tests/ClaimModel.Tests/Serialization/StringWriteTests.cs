using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimModel.Serialization;

namespace ClaimModel.Tests.Serialization;

/// <summary>Strings are written as the JSON writer escapes them from UTF-16 whether they take the short path (encoded
/// to UTF-8 first, the lone-surrogate check folded into that) or the long one: the same bytes, the same errors.</summary>
public sealed class StringWriteTests
{
    public static TheoryData<string> Texts => new()
    {
        "plain",
        "quote \" backslash \\ slash /",
        "controls \u0000 \u0001 \t \n \r \u001f \u007f",
        "html <b>&amp;</b> 'single'",
        "non-ASCII caf\u00e9 \u4e2d\u6587 \u0627\u0644\u0639\u0631\u0628\u064a\u0629",
        "separators \u2028 \u2029 bom \ufeff nbsp \u00a0 replacement \ufffd",
        "emoji \ud83d\ude00 and flag \ud83c\uddfa\ud83c\udde6",
        new string('x', 1365) + "\ud83d\ude00",
        new string('\u00e9', 2000) + "\"\ud83d\ude00",
        string.Empty,
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_string_member_and_a_list_element_are_written_as_the_writer_escapes_UTF16(string text)
    {
        var document = new ClaimDocument { Title = text, Actors = [new Actor { Id = "a", Name = text, Kind = ActorKind.State, Aliases = [text, text] }] };

        var json = Encoding.UTF8.GetString(ClaimJson.SerializeToUtf8Bytes(document));

        var escaped = Escaped(text);
        Assert.Contains("\"title\":" + escaped + ",", json, StringComparison.Ordinal);
        Assert.Contains("\"name\":" + escaped + ",", json, StringComparison.Ordinal);
        Assert.Contains("\"aliases\":[" + escaped + "," + escaped + "]", json, StringComparison.Ordinal);
        Assert.Equal(document, ClaimJson.Deserialize(json));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1364)]
    [InlineData(1365)]
    [InlineData(5000)]
    public void A_lone_surrogate_is_refused_at_its_index_in_a_short_or_long_string(int at)
    {
        var text = new string('a', at) + "\udc00" + new string('b', 10);

        var member = Assert.Throws<ClaimJsonException>(() => ClaimJson.SerializeToUtf8Bytes(new ClaimDocument { Title = text }));
        var element = Assert.Throws<ClaimJsonException>(() => ClaimJson.SerializeToUtf8Bytes(
            new ClaimDocument { Actors = [new Actor { Id = "a", Name = "A", Kind = ActorKind.State, Aliases = ["ok", text] }] }));

        Assert.Equal("$.title", member.Path);
        Assert.Contains($"lone surrogate (U+DC00 at index {at})", member.Message, StringComparison.Ordinal);
        Assert.Equal("$.actors[0].aliases[1]", element.Path);
        Assert.Contains($"lone surrogate (U+DC00 at index {at})", element.Message, StringComparison.Ordinal);
    }

    private static string Escaped(string text)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true }))
        {
            writer.WriteStringValue(text);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
