namespace Alignment.Core.Review;

/// <summary>A finding a reviewer rejected: later runs leave it out. Document, check and found are for the reader of the file.</summary>
public sealed record Suppression(string Id, string Document, string Check, string Found, string Comment);
