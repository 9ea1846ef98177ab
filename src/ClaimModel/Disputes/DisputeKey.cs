using System.Text;
using ClaimModel.Engine;

namespace ClaimModel.Disputes;

/// <summary>A dispute's identity: its question, incident and subject, from which its <see cref="Dispute.Id"/> derives;
/// ordered as disputes are listed (incident, question, subject).</summary>
internal readonly record struct DisputeKey(DisputeQuestion Question, string? Incident, string? Subject) : IComparable<DisputeKey>
{
    /// <summary>The stable id: <c>dsp-</c> and the hash of question, incident and subject.</summary>
    public string Id => StableId.Of("dsp-", new StringBuilder().Append(Question.ToString()).Append('\n').Append(Incident).Append('\n').Append(Subject).ToString());

    /// <inheritdoc/>
    public int CompareTo(DisputeKey other)
    {
        var order = string.CompareOrdinal(Incident, other.Incident);
        order = order != 0 ? order : Question.CompareTo(other.Question);
        return order != 0 ? order : string.CompareOrdinal(Subject, other.Subject);
    }
}
