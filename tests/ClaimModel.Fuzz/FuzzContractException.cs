namespace ClaimModel.Fuzz;

/// <summary>A broken promise of the library found by <see cref="FuzzHarness"/>: a round trip that changed the
/// document, a validator that failed, batch and incremental analysis that disagree. Thrown so that the fuzzer
/// records the input as a crash, like any other exception that escapes the harness.</summary>
internal sealed class FuzzContractException : Exception
{
    public FuzzContractException()
    {
    }

    public FuzzContractException(string message)
        : base(message)
    {
    }

    public FuzzContractException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
