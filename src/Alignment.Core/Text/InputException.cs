namespace Alignment.Core.Text;

/// <summary>
/// A user's input cannot be used. The CLI turns it into exit code 2 and one line naming the file
/// (and the line where there is one), so the message must make sense on its own.
/// </summary>
public sealed class InputException : Exception
{
    public InputException(string file, string reason, int? line = null)
        : base(line is null ? $"{file}: {reason}" : $"{file}:{line}: {reason}")
    {
        File = file;
        Line = line;
        Reason = reason;
    }

    public string File { get; }

    public int? Line { get; }

    public string Reason { get; }
}
