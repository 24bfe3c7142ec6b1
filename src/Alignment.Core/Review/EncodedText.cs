using System.Text;
using Alignment.Core.Text;

namespace Alignment.Core.Review;

/// <summary>
/// A translation file's text with the bytes it came from, so an edited text can be written back in the same
/// encoding, byte-order mark and line endings, every byte outside the edits unchanged.
/// </summary>
public sealed record EncodedText(SourceText Text, byte[] Bytes)
{
    public static EncodedText Load(string path)
    {
        var text = TextLoader.Load(path);
        return new EncodedText(text, File.ReadAllBytes(path));
    }

    /// <summary>The edited text as bytes; refuses when the encoding would not give back the original bytes for the original text.</summary>
    public byte[] Encode(string edited)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var (encoding, preamble) = Text.EncodingName switch
        {
            "utf-8" => ((Encoding)new UTF8Encoding(false), 0),
            "utf-8-bom" => (new UTF8Encoding(false), 3),
            "utf-16le" => (new UnicodeEncoding(false, false), 2),
            "utf-16be" => (new UnicodeEncoding(true, false), 2),
            "cp949" => (Encoding.GetEncoding(949, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback), 0),
            "windows-1252" => (Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback), 0),
            var other => throw new InputException(Text.Path, $"cannot write {other} text back"),
        };
        var original = encoding.GetBytes(Text.Text);
        if (!Bytes.AsSpan(preamble).SequenceEqual(original))
        {
            throw new InputException(Text.Path, $"its {Text.EncodingName} bytes do not survive a round trip, so it cannot be edited byte for byte");
        }

        try
        {
            return [.. Bytes.AsSpan(0, preamble), .. encoding.GetBytes(edited)];
        }
        catch (EncoderFallbackException e)
        {
            throw new InputException(Text.Path, $"the edited text has '{e.CharUnknown}', which {Text.EncodingName} cannot write; save the file as UTF-8 and apply again");
        }
    }
}
