using System.Text.RegularExpressions;
using Alignment.Core.Languages;

namespace Alignment.Core.Checks.Accuracy.Polarity;

/// <summary>
/// One language's polarity words (Korean/polarity.txt, English/polarity.txt) as one pattern: at any place the
/// longest form wins, so a look-alike listed with sign 0 (인상적, "approval rating") shields the word inside it.
/// </summary>
internal sealed class PolarityForms
{
    /// <summary>The sign of a word that says nothing moved (동결, "held").</summary>
    public const int Hold = 2;

    private readonly Regex pattern;
    private readonly Dictionary<string, (string Axis, int Sign)> forms;

    public PolarityForms(string file, bool english)
    {
        forms = new Dictionary<string, (string, int)>(english ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        Glosses = [];
        foreach (var line in DataFile.ReadLines(file))
        {
            var parts = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var head = parts[0].Split(' ', 3);
            var sign = head[1] switch { "+" => 1, "-" => -1, "=" => Hold, _ => 0 };
            if (head.Length == 3)
            {
                Glosses[(head[0], sign)] = head[2];
            }

            foreach (var form in parts.Skip(1))
            {
                forms.TryAdd(form, (head[0], sign));
            }
        }

        // A form ending in " #" needs a figure next: "up 3.2 percent" and "down three from a year earlier" tell a
        // direction, "set up" and "picked up two awards" do not.
        // A Korean form starting "# " needs a figure just before, unit and all but no particle: 2.7원 내렸다 is a fall,
        // 판결을 내렸다 a ruling and 1조원을 올렸다 revenue posted.
        var alternatives = forms.Keys.OrderByDescending(f => f.Length).Select(f => f.EndsWith(" #", StringComparison.Ordinal)
            ? Regex.Escape(f[..^2]) + @"(?=\s+(?:[$₩€£]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\s+(?:from|percent|percentage|points?|places?|spots?|notch(?:es)?)\b))"
            : f.StartsWith("# ", StringComparison.Ordinal) ? @"(?<=\d\S{0,8}(?<![을를이가은는로에의])\s)" + Regex.Escape(f[2..])
            : Regex.Escape(f).Replace(@"\ ", @"\s+", StringComparison.Ordinal));
        var body = string.Join('|', alternatives);
        pattern = new Regex(english ? $@"(?<![\w'’-])(?:{body})(?![\w-])" : $"(?:{body})", RegexOptions.CultureInvariant | (english ? RegexOptions.IgnoreCase : RegexOptions.None));
    }

    /// <summary>What each sign of an axis means, in English ("a rise", "rejection"), where the file says.</summary>
    public Dictionary<(string Axis, int Sign), string> Glosses { get; }

    /// <summary>The polarity words of <paramref name="text"/>, look-alikes left out, offsets within the text.</summary>
    public IEnumerable<(Match Match, string Axis, int Sign)> Find(string text)
    {
        foreach (Match m in pattern.Matches(text))
        {
            var (axis, sign) = forms[Key(m.Value)];
            if (sign != 0)
            {
                yield return (m, axis, sign);
            }
        }
    }

    // A match is looked up with its spaces made single; "up" before a figure is the form "up #", 내렸 after one "# 내렸".
    private string Key(string match)
    {
        var spaced = Regex.Replace(match, @"\s+", " ");
        return forms.ContainsKey(spaced) ? spaced : forms.ContainsKey("# " + spaced) ? "# " + spaced : spaced + " #";
    }
}
