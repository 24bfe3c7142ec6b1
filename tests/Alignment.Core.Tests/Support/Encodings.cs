using System.Text;

namespace Alignment.Core.Tests.Support;

/// <summary>Byte images of a text in the encodings newsrooms produce, built the way their editors write them.</summary>
internal static class Encodings
{
    static Encodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8" => new UTF8Encoding(false).GetBytes(text),
        "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. new UTF8Encoding(false).GetBytes(text)],
        "utf-16le" => [0xFF, 0xFE, .. new UnicodeEncoding(false, false).GetBytes(text)],
        "utf-16be" => [0xFE, 0xFF, .. new UnicodeEncoding(true, false).GetBytes(text)],
        "cp949" => Encoding.GetEncoding(949).GetBytes(text),
        "windows-1252" => Encoding.GetEncoding(1252).GetBytes(text),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, null),
    };
}
