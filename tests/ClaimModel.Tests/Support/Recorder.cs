namespace ClaimModel.Tests.Support;

/// <summary>An <see cref="IProgress{T}"/> that records every report synchronously, on the reporting thread (unlike
/// <see cref="Progress{T}"/>, which posts to a synchronisation context), and may act on each.</summary>
internal sealed class Recorder<T>(Action<T>? onReport = null) : IProgress<T>
{
    public List<T> Reports { get; } = [];

    public void Report(T value)
    {
        Reports.Add(value);
        onReport?.Invoke(value);
    }
}
