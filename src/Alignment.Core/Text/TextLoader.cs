using System.Text;

namespace Alignment.Core.Text;

/// <summary>
/// Reads a text file in the encodings Korean newsrooms actually produce: UTF-8 (with or without BOM),
/// UTF-16 with BOM, and legacy CP949/EUC-KR, recognised without a flag.
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
            var cp949 = Encoding.GetEncoding(949, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            try
            {
                return (cp949.GetString(span), "cp949");
            }
            catch (DecoderFallbackException)
            {
                throw new InputException(path, "not UTF-8, UTF-16 or CP949/EUC-KR text (binary file?)");
            }
        }
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
