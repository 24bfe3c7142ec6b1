using System.CommandLine;
using Alignment.Core.Pipeline;

namespace Alignment.Cli;

/// <summary>Options both commands take: the file pair and the glossaries.</summary>
internal sealed class CommonOptions
{
    public Option<string?> Source { get; } = new("--source") { Description = "Korean source file (with --target)." };

    public Option<string?> Target { get; } = new("--target") { Description = "English target file (with --source)." };

    public Option<string[]> Glossary { get; } = new("--glossary") { Description = "A further glossary CSV; may be repeated." };

    public Option<bool> NoDefaultGlossary { get; } = new("--no-default-glossary") { Description = "Do not load the glossaries in glossary/." };

    public void AddTo(Command command)
    {
        command.Options.Add(Source);
        command.Options.Add(Target);
        command.Options.Add(Glossary);
        command.Options.Add(NoDefaultGlossary);
    }

    public IReadOnlyList<string> GlossaryFiles(ParseResult parse)
    {
        var files = parse.GetValue(NoDefaultGlossary) ? [] : DefaultGlossaries.Files().ToList();
        files.AddRange(parse.GetValue(Glossary) ?? []);
        return files;
    }

    /// <summary>The shipped gazetteer, unless defaults are switched off or it is missing.</summary>
    public string? Gazetteer(ParseResult parse) =>
        parse.GetValue(NoDefaultGlossary) || !File.Exists(DefaultGlossaries.Gazetteer) ? null : DefaultGlossaries.Gazetteer;

    /// <summary>The --source/--target pair as a story, or null when neither is given.</summary>
    public StoryInput? Pair(ParseResult parse)
    {
        var source = parse.GetValue(Source);
        var target = parse.GetValue(Target);
        if (source is null && target is null)
        {
            return null;
        }

        if (source is null || target is null)
        {
            throw new ArgumentException("--source and --target must be given together");
        }

        return new StoryInput(target.Replace('\\', '/'), source, target);
    }
}
