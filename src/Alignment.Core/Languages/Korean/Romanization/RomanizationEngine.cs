using System.Text;

namespace Alignment.Core.Languages.Korean.Romanization;

/// <summary>
/// The parts both systems share: finding Hangul runs, sound changes, administrative units and
/// name layout. Only the spelling of a syllable is left to the <see cref="ISyllableRenderer"/>.
/// </summary>
internal sealed class RomanizationEngine(ISyllableRenderer renderer, bool aspirateStopsBeforeH)
{
    /// <param name="syllableSeparator">
    /// Put between the syllables of a word; empty for display, a mark for phonetic keys so that
    /// letter groups are not read across syllables (레어 is le|eo, not "lee").
    /// </param>
    public string Romanize(string text, RomanizationMode mode, string syllableSeparator = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new StringBuilder(text.Length * 4);
        var span = text.AsSpan();
        var hangulRuns = 0;
        while (!span.IsEmpty)
        {
            var run = Hangul.SyllableRunLength(span);
            if (run == 0)
            {
                output.Append(span[0]);
                span = span[1..];
                continue;
            }

            var word = span[..run];
            if (mode == RomanizationMode.Word)
            {
                AppendWord(output, word, syllableSeparator);
            }
            else
            {
                var surnameApart = hangulRuns == 0 && run <= 2 && Hangul.SyllableRunLength(span[run..].TrimStart()) > 0;
                AppendName(output, word, first: hangulRuns == 0, surnameApart, syllableSeparator);
            }

            hangulRuns++;
            span = span[run..];
        }

        return output.ToString();
    }

    private void AppendWord(StringBuilder output, ReadOnlySpan<char> word, string separator)
    {
        var unit = AdministrativeUnits.UnitLength(word);
        Append(output, Hangul.Decompose(word[..^unit]), assimilate: true, separator);
        if (unit > 0)
        {
            // Rendered as if the word went on (MR Hamgyongbuk-do, not -to), with no sound change across the hyphen.
            output.Append('-');
            AppendSpoken(output, SoundChanges.Apply(Hangul.Decompose(word[^unit..]), true, aspirateStopsBeforeH), Coda.None, separator);
        }
    }

    /// <param name="surnameApart">A short first run followed by another is a surname written apart (남궁 민).</param>
    private void AppendName(StringBuilder output, ReadOnlySpan<char> name, bool first, bool surnameApart, string separator)
    {
        var surname = !first ? 0 : surnameApart ? name.Length : PersonalNameParts.SurnameLength(name);
        if (surname > 0)
        {
            AppendCapitalized(output, name[..surname], separator);
            if (surname == name.Length)
            {
                return;
            }

            output.Append(' ');
        }

        AppendCapitalized(output, name[surname..], "-");
    }

    private void AppendCapitalized(StringBuilder output, ReadOnlySpan<char> part, string separator)
    {
        var start = output.Length;
        Append(output, Hangul.Decompose(part), assimilate: false, separator);
        while (start < output.Length && !char.IsLetter(output[start]))
        {
            start++;
        }

        if (start < output.Length)
        {
            output[start] = char.ToUpperInvariant(output[start]);
        }
    }

    private void Append(StringBuilder output, HangulSyllable[] word, bool assimilate, string separator) =>
        AppendSpoken(output, SoundChanges.Apply(word, assimilate, aspirateStopsBeforeH), null, separator);

    private void AppendSpoken(StringBuilder output, SpokenSyllable[] spoken, Coda? before, string separator)
    {
        var previous = before;
        for (var i = 0; i < spoken.Length; i++)
        {
            if (i > 0)
            {
                output.Append(separator);
            }

            output.Append(renderer.Render(spoken[i], previous));
            previous = spoken[i].Coda;
        }
    }
}
