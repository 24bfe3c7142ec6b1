namespace Alignment.Core.Pipeline;

/// <summary>One story to check: its name in reports, and its two files.</summary>
public sealed record StoryInput(string Document, string SourcePath, string TargetPath);
