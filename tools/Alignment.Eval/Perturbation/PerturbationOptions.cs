namespace Alignment.Eval.Perturbation;

/// <summary>
/// Per-document damage: each English sentence dropped with <paramref name="DropEnglish"/>, each Korean one with
/// <paramref name="DropKorean"/> (never both of one pair), and two neighbouring intact pairs merged on one side with
/// <paramref name="Merge"/>.
/// </summary>
public sealed record PerturbationOptions(double DropEnglish, double DropKorean, double Merge, int Seed)
{
    public static PerturbationOptions None(int seed) => new(0, 0, 0, seed);

    public void Validate()
    {
        Check(DropEnglish, "--drop-en");
        Check(DropKorean, "--drop-ko");
        Check(Merge, "--merge");
        if (DropEnglish + DropKorean > 1)
        {
            throw new ArgumentException("--drop-en and --drop-ko together exceed 1: a pair cannot lose both sides");
        }
    }

    private static void Check(double p, string name)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentException($"{name} must be a probability between 0 and 1");
        }
    }
}
