namespace Alignment.Core.Text;

/// <summary>A file's decoded text. Offsets everywhere refer to <see cref="Text"/> (BOM excluded, line endings untouched).</summary>
public sealed record SourceText(string Path, string Text, string EncodingName)
{
    public static SourceText FromString(string text, string path = "<memory>") => new(path, text, "utf-16");
}
