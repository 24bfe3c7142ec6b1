namespace Alignment.Benchmarks.Generation;

/// <summary>A number, date or acronym as each language writes it: 1만2천 / 12,000, 3.5% / 3.5 percent, NATO / NATO.</summary>
public sealed record Fact(string Korean, string English);
