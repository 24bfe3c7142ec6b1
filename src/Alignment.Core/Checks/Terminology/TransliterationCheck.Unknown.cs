using Alignment.Core.Languages.Korean;
using Alignment.Core.Segmentation;

namespace Alignment.Core.Checks.Terminology;

/// <summary>Korean words the lexicon does not know, for romanizations the English writes in lower case.</summary>
public sealed partial class TransliterationCheck
{
    // Latin words in lower case ("baechu", "sahoe chonyeonsaeng"), not opening their sentence and not a Korean word
    // English has taken in (kimchi): no name of a person, place or body is written so. Only with letters a Korean
    // word's romanization has and a foreign word's spelling has not, which also spares most beads the Korean stems.
    private static bool IsLowerCaseRomanization(DocumentContext context, Sentence sentence, int start, int end)
    {
        var words = context.Target.Text.AsSpan(start, end - start);
        if (!KoreanLetters().IsMatch(words))
        {
            return false;
        }

        foreach (var range in words.Split(' '))
        {
            if (!char.IsAsciiLetterLower(words[range][0]))
            {
                return false;
            }
        }

        return start > sentence.Start && !KoreanLoanwords.Contains(words);
    }

    // A foreign word Korean spells by sound comes back to its own spelling (바나나 "banana", 랍비 "rabbi"), one
    // English may not list; a Korean word's romanization has letters no such spelling has: vowels written as two
    // letters (baechu, eomuk, gyeonggi), tense consonants written twice (ttakji), gw (sagwa).
    [System.Text.RegularExpressions.GeneratedRegex("eo|eu|ae|oe|ui|wo|gw|kk|tt|pp|jj")]
    private static partial System.Text.RegularExpressions.Regex KoreanLetters();

    // Each stem of a Hangul word whose remainder is particles (배추가: 배추가, 배추), when the word is no ordinary one,
    // no loanword spelling (호텔 is "hotel"), no name the gazetteer gives and no model (아리랑3호).
    private static IEnumerable<(string Word, int Start)> UnknownWords(DocumentContext context, Sentence sentence, HashSet<(int Start, int End)> terms, HashSet<string> abbreviations)
    {
        var text = context.Source.Text;
        foreach (var (start, i) in HangulWords(text, sentence))
        {
            for (var stemEnd = i; stemEnd - start >= 2; stemEnd--)
            {
                if (context.SourceProfile.IsSuffix(text.AsSpan(stemEnd, i - stemEnd)) && !IsOrdinary(context, text, start, stemEnd, terms, abbreviations)
                    && !KoreanNameContext.Instance.IsLoanword(text, start, stemEnd)
                    && !(context.Entities?.Source.Find(text, start, stemEnd).Any(e => e.Strong) ?? false))
                {
                    yield return (text[start..stemEnd], start);
                }
            }
        }
    }
}
