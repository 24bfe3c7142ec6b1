namespace Alignment.Core.Numbers;

/// <summary>A number as written, with its value after units and scale words are applied (412억 → 41,200,000,000).</summary>
public sealed record NumberMention(decimal Value, int Start, int End, string Text);
