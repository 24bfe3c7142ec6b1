namespace Alignment.Core.Text;

/// <summary>
/// The line breaks of a hard-wrapped text (<see cref="HardWrap"/>), by the offsets of their characters (a carriage
/// return and its line feed): those read as a space, and those a wrapper put inside a word, read as nothing.
/// </summary>
internal sealed record WrapBreaks(IReadOnlySet<int> Spaces, IReadOnlySet<int> Joins);
