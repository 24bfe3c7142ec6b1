using System.Text;

namespace Alignment.Core.Text;

/// <summary>
/// Reads a text file in the encodings Korean newsrooms actually produce: UTF-8 (with or without BOM),
/// UTF-16 with BOM, legacy CP949/EUC-KR and, for English written on Windows, Windows-1252, recognised without a flag.
/// </summary>
public static class TextLoader
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    static TextLoader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static SourceText Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            throw new InputException(path, "file not found");
        }
        catch (DirectoryNotFoundException)
        {
            throw new InputException(path, "file not found");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, "cannot be read: " + e.Message);
        }

        return Decode(path, bytes);
    }

    public static SourceText Decode(string path, byte[] bytes)
    {
        var (text, name) = DecodeBytes(path, bytes);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputException(path, "file is empty");
        }

        if (LooksBinary(text))
        {
            throw new InputException(path, "binary file, not text");
        }

        return new SourceText(path, text, name);
    }

    private static (string Text, string Name) DecodeBytes(string path, byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Strict(path, StrictUtf8, span[3..], "UTF-8"), "utf-8-bom");
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Strict(path, new UnicodeEncoding(false, false, true), span[2..], "UTF-16LE"), "utf-16le");
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Strict(path, new UnicodeEncoding(true, false, true), span[2..], "UTF-16BE"), "utf-16be");
        }

        // NUL bytes never occur in UTF-8 or CP949 text; without a UTF-16 BOM they mean binary data.
        if (span.IndexOf((byte)0) >= 0)
        {
            throw new InputException(path, "binary file, not text");
        }

        try
        {
            return (StrictUtf8.GetString(span), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            // Korean in CP949 always has KS X 1001 syllables (both bytes 0xA1 or more). English written on Windows
            // (Korea’s, “Seoul”) can also pass as CP949, its quotes read as rare syllables, but never has those.
            var korean = TryDecode(949, span);
            if (korean is not null && HasKsX1001Pair(span))
            {
                return (korean, "cp949");
            }

            var western = TryDecode(1252, span);
            return western is not null && LooksWestern(span, western) ? (western, "windows-1252")
                : korean is not null ? (korean, "cp949")
                : throw new InputException(path, "not UTF-8, UTF-16, CP949/EUC-KR or Windows-1252 text (binary file?)");
        }
    }

    private static string? TryDecode(int codePage, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    // English from Windows is mostly ASCII (three bytes in four at the least), with curly quotes, dashes and accents
    // here and there. Every byte stream decodes as Windows-1252, so one that is mostly high bytes, or holds the
    // bytes it leaves undefined (read as C1 controls), is not taken for it.
    private static bool LooksWestern(ReadOnlySpan<byte> bytes, string text)
    {
        var high = 0;
        foreach (var b in bytes)
        {
            high += b >= 0x80 ? 1 : 0;
        }

        return high * 4 <= bytes.Length && !text.Any(c => c is >= '\u0080' and <= '\u009F');
    }

    private static bool HasKsX1001Pair(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i + 1 < bytes.Length; i += bytes[i] < 0x80 ? 1 : 2)
        {
            if (bytes[i] >= 0xA1 && bytes[i + 1] >= 0xA1)
            {
                return true;
            }
        }

        return false;
    }

    private static string Strict(string path, Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new InputException(path, $"invalid {name} text despite its byte-order mark");
        }
    }

    private static bool LooksBinary(string text)
    {
        var control = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
        }

        return control > 0 && control * 100 > text.Length;
    }
}
