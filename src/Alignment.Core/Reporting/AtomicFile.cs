namespace Alignment.Core.Reporting;

/// <summary>
/// Writes a file through a temporary file beside it and a rename, so an interrupted or failed run never leaves a
/// half-written report or a damaged earlier one.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, Action<TextWriter> write)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var writer = new StreamWriter(temp, append: false, new System.Text.UTF8Encoding(false)))
            {
                write(writer);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new Text.InputException(path, "cannot write the report: " + e.Message);
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
