using System.Text;

namespace Alignment.Core.Reporting;

/// <summary>
/// Writes a file through a temporary file beside it and a rename, so an interrupted or failed run never leaves a
/// half-written report or a damaged input (review apply --in-place rewrites the translation this way).
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static void Write(string path, Action<TextWriter> write) => WriteStream(path, stream =>
    {
        using var writer = new StreamWriter(stream, Utf8, leaveOpen: true);
        write(writer);
    });

    public static void WriteBytes(string path, byte[] bytes) => WriteStream(path, stream => stream.Write(bytes));

    private static void WriteStream(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        // Unique per call: two threads or two runs writing beside each other never share a temporary file.
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new Text.InputException(path, "cannot be written: " + e.Message);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
