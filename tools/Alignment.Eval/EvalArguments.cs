using System.Globalization;

namespace Alignment.Eval;

/// <summary>Parses the command line; a bad argument is an <see cref="ArgumentException"/> saying which.</summary>
public static class EvalArguments
{
    public const string Usage =
        "usage: Alignment.Eval --corpus PATH [--audit FILE] [--max-lines N] [--doc-lines 40] [--drop-en 0.08] [--drop-ko 0.04] [--merge 0.08]\n" +
        "                      [--seed 1] [--glossary FILE] [--unperturbed] [--examples N] [--write-stories DIR]\n" +
        "                      [--wrap COLUMNS]\n" +
        "reads PATH.ko and PATH.en (line N translates line N); PATH may also be either file, or a folder holding one such pair";

    public static EvalOptions Parse(IReadOnlyList<string> args)
    {
        string? corpus = null;
        var options = new EvalOptions { Corpus = string.Empty };
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value");
            options = name switch
            {
                "--corpus" => options with { Corpus = corpus = Value() },
                "--doc-lines" => options with { DocumentLines = Int(name, Value(), 1) },
                "--audit" => options with { Audit = Value() },
                "--max-lines" => options with { MaxLines = Int(name, Value(), 1) },
                "--drop-en" => options with { DropEnglish = Probability(name, Value()) },
                "--drop-ko" => options with { DropKorean = Probability(name, Value()) },
                "--merge" => options with { Merge = Probability(name, Value()) },
                "--seed" => options with { Seed = Int(name, Value(), int.MinValue) },
                "--glossary" => options with { Glossary = Value() },
                "--unperturbed" => options with { Unperturbed = true },
                "--examples" => options with { Examples = Int(name, Value(), 0) },
                "--write-stories" => options with { WriteStories = Value() },
                "--wrap" => options with { WrapWidth = Int(name, Value(), 10) },
                _ => throw new ArgumentException($"unknown argument '{name}'"),
            };
        }

        if (corpus is null)
        {
            throw new ArgumentException("--corpus PATH is required");
        }

        options.Perturbation.Validate();
        return options;
    }

    private static int Int(string name, string value, int minimum) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= minimum
            ? n
            : throw new ArgumentException($"{name} '{value}' is not a whole number of at least {minimum}");

    private static double Probability(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && p is >= 0 and <= 1
            ? p
            : throw new ArgumentException($"{name} '{value}' is not a probability between 0 and 1");
}
