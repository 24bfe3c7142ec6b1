namespace Alignment.Core.Segmentation;

/// <summary>Text left out of the sentences (a dateline, web-page debris), kept so checks can still look at it.</summary>
public sealed record ExcludedSpan(ExcludedKind Kind, int Start, int End, string Text);
