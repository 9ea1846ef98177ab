using System.Security.Cryptography;
using System.Text;
using ClaimModel.Serialization;

namespace ClaimModel.Engine;

/// <summary>Ids that derive from what a thing is: a prefix and the first 16 hex digits of the SHA-256 of its key text
/// (UTF-8, fields separated by line feeds). The same key gives the same id on every machine and run.</summary>
internal static class StableId
{
    /// <summary>A finding's id: its kind, incident and participants (role, id, statement position), in order.</summary>
    public static string Of(Finding finding)
    {
        var key = new StringBuilder(96).Append(EnumText<FindingKind>.Name(finding.Kind)).Append('\n').Append(finding.Incident).Append('\n');
        foreach (var participant in finding.Participants)
        {
            key.Append(EnumText<ParticipantRole>.Name(participant.Role)).Append(' ').Append(participant.Reference).Append('\n');
        }

        return Of("fnd-", key.ToString());
    }

    /// <summary>The id of <paramref name="key"/> with <paramref name="prefix"/>.</summary>
    public static string Of(string prefix, string key)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return string.Concat(prefix, Convert.ToHexStringLower(hash[..8]));
    }
}
