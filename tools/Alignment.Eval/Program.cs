using System.Globalization;
using Alignment.Core.Alignment;
using Alignment.Core.Glossary;
using Alignment.Core.Languages.English;
using Alignment.Core.Languages.Korean;
using Alignment.Core.Text;
using Alignment.Eval.Corpus;
using Alignment.Eval.Evaluation;
using Alignment.Eval.Perturbation;
using Alignment.Eval.Reporting;
using Alignment.Eval.RunningText;

namespace Alignment.Eval;

public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.WriteLine(EvalArguments.Usage);
            return 0;
        }

        try
        {
            Run(EvalArguments.Parse(args), Console.Out);
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException or InputException)
        {
            Console.Error.WriteLine($"Alignment.Eval: {e.Message}");
            Console.Error.WriteLine(EvalArguments.Usage);
            return 2;
        }
    }

    public static void Run(EvalOptions options, TextWriter output)
    {
        var prefix = CorpusLocator.Resolve(options.Corpus);
        var read = CorpusReader.Read(prefix);
        var corpus = (options.Audit is null ? read : read.Only(LineAudit.SoundLines(options.Audit))).First(options.MaxLines);
        var documents = DocumentSplitter.Split(corpus, options.DocumentLines);
        if (options.WriteStories is { } folder)
        {
            StoryWriter.Write(documents, folder, output);
            return;
        }

        var perturbation = options.Perturbation;
        var perturbed = documents.Select(new Perturber(perturbation).Perturb).ToList();
        var glossary = options.Glossary is null
            ? TermGlossary.Empty(KoreanProfile.Instance, EnglishProfile.Instance)
            : new TermGlossary(GlossaryLoader.Load(options.Glossary), KoreanProfile.Instance, EnglishProfile.Instance);
        var aligner = new SentenceAligner(KoreanProfile.Instance, EnglishProfile.Instance, glossary, AlignerTuning.FromEnvironment());
        var evaluator = new Evaluator(aligner.Align, new RunningTextWriter(options.Seed, options.WrapWidth), KoreanProfile.Instance, EnglishProfile.Instance);

        output.WriteLine(FormattableString.Invariant($"corpus: {prefix} ({corpus.Korean.Count} pairs{(options.Audit is null ? "" : $" of {read.Korean.Count} judged sound by {options.Audit}")}), documents of {options.DocumentLines} lines"));
        output.WriteLine(options.Unperturbed
            ? FormattableString.Invariant($"perturbation: none (--unperturbed), layout seed {options.Seed}")
            : string.Create(CultureInfo.InvariantCulture, $"perturbation: drop-en {perturbation.DropEnglish}, drop-ko {perturbation.DropKorean}, merge {perturbation.Merge}, seed {perturbation.Seed}"));
        output.WriteLine(options.Glossary is null ? "glossary: none" : FormattableString.Invariant($"glossary: {options.Glossary} ({glossary.Entries.Count} entries)"));
        var result = evaluator.Evaluate(perturbed);
        ScoreTable.Write(result, output);
        output.WriteLine();
        ErrorReport.Write(result.Errors, perturbed, options.Examples, output);
    }
}
