using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The wire form of <see cref="Source"/>: members <c>id, kind, outlet, title, url, published, publishedBasis, affiliatedActor, text</c>, in that order.</summary>
internal static class SourceFormat
{
    private const int IdMember = 0, KindMember = 1, OutletMember = 2, TitleMember = 3, UrlMember = 4, PublishedMember = 5, PublishedBasisMember = 6, AffiliatedActorMember = 7, TextMember = 8;

    private static readonly JsonMembers Members = new("a source", "id!", "kind!", "outlet!", "title", "url", "published", "publishedBasis", "affiliatedActor", "text");

    /// <summary>Reads a source; the reader is on its first token.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The read context.</param>
    public static Source Read(ref Utf8JsonReader reader, JsonReadContext context)
    {
        context.BeginObject(ref reader, Members);
        string? id = null;
        SourceKind kind = default;
        string? outlet = null;
        string? title = null;
        string? url = null;
        TimeSpec? published = null;
        string? publishedBasis = null;
        string? affiliatedActor = null;
        string? text = null;
        var seen = 0u;
        while (context.NextMember(ref reader, Members, ref seen, out var member))
        {
            switch (member)
            {
                case IdMember:
                    id = context.ReadString(ref reader);
                    break;
                case KindMember:
                    kind = context.ReadEnum<SourceKind>(ref reader);
                    break;
                case OutletMember:
                    outlet = context.ReadString(ref reader);
                    break;
                case TitleMember:
                    title = context.ReadString(ref reader);
                    break;
                case UrlMember:
                    url = context.ReadString(ref reader);
                    break;
                case PublishedMember:
                    published = TimeSpecFormat.Read(ref reader, context);
                    break;
                case PublishedBasisMember:
                    publishedBasis = context.ReadString(ref reader);
                    break;
                case AffiliatedActorMember:
                    affiliatedActor = context.ReadString(ref reader);
                    break;
                case TextMember:
                    text = context.ReadString(ref reader);
                    break;
            }
        }

        return new Source
        {
            Id = id!,
            Kind = kind,
            Outlet = outlet!,
            Title = title,
            Url = url,
            Published = published,
            PublishedBasis = publishedBasis,
            AffiliatedActor = affiliatedActor,
            Text = text,
        };
    }

    /// <summary>Writes a source.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, Source value)
    {
        writer.WriteStartObject();
        JsonWrite.String(writer, Members, IdMember, value.Id);
        JsonWrite.Enum(writer, Members, KindMember, value.Kind);
        JsonWrite.String(writer, Members, OutletMember, value.Outlet);
        JsonWrite.String(writer, Members, TitleMember, value.Title);
        JsonWrite.String(writer, Members, UrlMember, value.Url);
        JsonWrite.Record(writer, Members, PublishedMember, value.Published, TimeSpecFormat.Write);
        JsonWrite.String(writer, Members, PublishedBasisMember, value.PublishedBasis);
        JsonWrite.String(writer, Members, AffiliatedActorMember, value.AffiliatedActor);
        JsonWrite.String(writer, Members, TextMember, value.Text);
        writer.WriteEndObject();
    }
}
