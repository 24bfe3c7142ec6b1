namespace Alignment.Eval.Scoring;

/// <summary>Counts behind precision and recall; NaN where a denominator is zero. Adding pools counts (micro-average).</summary>
public sealed record Prf(int Correct, int Predicted, int Gold)
{
    public static Prf Zero { get; } = new(0, 0, 0);

    public double Precision => Predicted == 0 ? double.NaN : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? double.NaN : (double)Correct / Gold;

    public double F1 => Predicted + Gold == 0 ? double.NaN : 2.0 * Correct / (Predicted + Gold);

    public static Prf operator +(Prf a, Prf b) => new(a.Correct + b.Correct, a.Predicted + b.Predicted, a.Gold + b.Gold);
}
