using Alignment.Core.Alignment;

namespace Alignment.Eval.Beads;

/// <summary>A bead in evaluation terms: Korean sentence range ↔ English sentence range. Gold and predicted beads compare by value.</summary>
public readonly record struct EvalBead(IdRange Korean, IdRange English)
{
    public bool IsPair => !Korean.IsEmpty && !English.IsEmpty;

    public string Shape => FormattableString.Invariant($"{Korean.Count}-{English.Count}");

    public static EvalBead Pair(int korean, int english) => new(IdRange.Of(korean), IdRange.Of(english));

    public static EvalBead KoreanOnly(int korean) => new(IdRange.Of(korean), IdRange.Empty);

    public static EvalBead EnglishOnly(int english) => new(IdRange.Empty, IdRange.Of(english));

    public static EvalBead From(Bead bead) => new(IdRange.From(bead.SourceIds), IdRange.From(bead.TargetIds));

    public static IReadOnlyList<EvalBead> From(AlignmentResult result) => result.Beads.Select(From).ToList();

    public override string ToString() => $"ko[{Korean}]↔en[{English}]";
}
