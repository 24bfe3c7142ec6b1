namespace Alignment.Core.Gazetteer;

/// <summary>
/// An entity found in a text. <paramref name="Strong"/> is false for guesses from a single syllable (대북, 미 국무부),
/// which may excuse an English name but never accuse one.
/// </summary>
public sealed record EntityMention(GazetteerEntry Entry, int Start, int End, string Text, bool Strong = true);
