namespace Alignment.Core.Numbers;

/// <summary>Reads the numbers of one language as values, so 1만 and 10,000 compare equal.</summary>
public interface INumberReader
{
    IReadOnlyList<NumberMention> Read(string text);
}
