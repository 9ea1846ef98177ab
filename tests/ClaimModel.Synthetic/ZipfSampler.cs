namespace ClaimModel.Synthetic;

/// <summary>Draws sizes 1..<c>max</c> with P(k) ∝ k^-exponent (a truncated Zipf law) by inverting a
/// precomputed cumulative table: O(max) to build, O(log max) per draw.</summary>
internal sealed class ZipfSampler
{
    private readonly double[] _cumulative;

    public ZipfSampler(int max, double exponent)
    {
        _cumulative = new double[max];
        var sum = 0.0;
        for (var k = 1; k <= max; k++)
        {
            sum += Math.Pow(k, -exponent);
            _cumulative[k - 1] = sum;
        }

        for (var i = 0; i < max; i++)
        {
            _cumulative[i] /= sum;
        }
    }

    public int Next(SyntheticRandom random)
    {
        var u = random.NextDouble();
        var index = Array.BinarySearch(_cumulative, u);
        if (index < 0)
        {
            index = ~index;
        }

        return Math.Min(index, _cumulative.Length - 1) + 1;
    }
}
