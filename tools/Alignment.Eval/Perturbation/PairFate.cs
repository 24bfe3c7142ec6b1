namespace Alignment.Eval.Perturbation;

/// <summary>What perturbation does to one original sentence pair before merging is considered.</summary>
public enum PairFate
{
    Keep,
    DropEnglish,
    DropKorean,
}
