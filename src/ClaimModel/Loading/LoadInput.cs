namespace ClaimModel.Loading;

/// <summary>One entry of the expanded inputs: a file to read (<see cref="FilePath"/>; <see langword="null"/> for
/// standard input) under <see cref="Name"/>, or an input that already failed (<see cref="Failure"/>).</summary>
/// <param name="Name">The name the document or failure is known by.</param>
/// <param name="FilePath">The file to open, or <see langword="null"/> for standard input or a failure.</param>
/// <param name="Failure">Why the input cannot be read, or <see langword="null"/>.</param>
internal readonly record struct LoadInput(string Name, string? FilePath, LoadFailure? Failure);
