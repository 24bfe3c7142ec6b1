namespace Alignment.Core.Review;

/// <summary>One translation to rewrite: where it is read and written, its text before and after, and the bytes to write.</summary>
public sealed record DocumentEdit(string Document, string TargetPath, string OutputPath, string Before, string After, byte[] Bytes, IReadOnlyList<int> AppliedLines);
