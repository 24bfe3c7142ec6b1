using System.Text.RegularExpressions;
using Alignment.Core.Languages.Korean;
using Alignment.Core.Languages.Korean.Romanization;

namespace Alignment.Core.Checks.Terminology;

/// <summary>How PersonSwapCheck finds the people of a sentence and tells whether a word spells one.</summary>
public sealed partial class PersonSwapCheck
{
    // The surname of a foreign person, who is named by the whole Hangul word.
    private const char Foreign = '\0';

    // A foreign name is answered by any spelling near its sound: the matcher's bar is for telling names apart, and
    // 라이스 (Rice, 0.60) or 휘트모어 (Whitmore, 0.64) fall under it, while another person's name scores 0.5 or less.
    private const double ForeignAnswer = 0.55;

    private static bool SoundsLike(string hangul, string latin) => RomanizationMatcher.Default.Similarity(hangul, latin) >= ForeignAnswer;

    // How the English story spells a foreign person the Korean names (휘트모어: Whitmore), if it does.
    private static string SpelledInStory(string english, string hangul) =>
        CapitalWords().Matches(english).Select(m => m.Value).Where(w => SoundsLike(hangul, w))
            .MaxBy(w => RomanizationMatcher.Default.Similarity(hangul, w)) ?? string.Empty;

    // An official the Korean leaves unnamed (노조 관계자는): the English that names a person of the story as the one
    // who speaks has given the words to someone the source does not.
    private const char Unnamed = '\u0001';

    // The English for an unnamed official: "a union official said", "sources said".
    private static bool SaysUnnamed(string english) => UnnamedWords().IsMatch(english);

    [GeneratedRegex(@"\b(?:officials?|sources?|spokes(?:person|man|woman)|representatives?|insiders?|officers?|staffers?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnnamedWords();

    [GeneratedRegex(@"(?<![가-힣])(?:관계자|당국자)(?=[는가은이])")]
    private static partial Regex UnnamedOfficial();

    // A person the Korean names: a full name (조태열), a surname and a title (김 대통령), a foreign name spelled in
    // Hangul and a title (휘트모어 장관): a loanword's spelling, no word of the lexicon; or an unnamed official.
    private static IEnumerable<(char Surname, int Start, int End, string Text)> References(string text, int start, int end, Languages.SpanPredicate isSuffix, Func<string, bool> isWord, Func<string, bool> isCommonWord)
    {
        // A full name counts only where the Korean says it is a person's (a title, an age, a role): 하반기 and 최고상
        // have a name's shape.
        // A player quoted after the game has no title: the subject of the sentence's speech verb is a person too.
        var speaks = SpeechVerb().IsMatch(text.AsSpan(start, end - start));
        foreach (var name in PersonNames.InKorean(text, start, end, isSuffix, isWord, isCommonWord)
            .Where(n => KoreanNameContext.Surnames.Contains(n.Surname[0]) && (PersonContext.IsTitled(text, n) || (speaks && IsSubject(text, n.End)))))
        {
            yield return (name.Surname[0], name.Start, name.End, name.Name);
        }

        foreach (Match m in SurnameTitle.Matches(text[start..end]))
        {
            yield return (m.Groups["surname"].Value[0], start + m.Index, start + m.Index + m.Length, m.Value);
        }

        // A surname and 씨 (윤씨에 대한 무죄): the story's way of naming a person it named in full before.
        foreach (Match m in SurnameSsi.Matches(text[start..end]))
        {
            yield return (m.Groups["surname"].Value[0], start + m.Index, start + m.Index + m.Length, m.Value);
        }

        foreach (Match m in ForeignTitle.Matches(text[start..end]))
        {
            var name = m.Groups["name"];
            if (!isWord(name.Value) && KoreanNameContext.Instance.IsLoanword(text, start + name.Index, start + name.Index + name.Length))
            {
                yield return (Foreign, start + name.Index, start + name.Index + name.Length, name.Value);
            }
        }

        foreach (Match m in UnnamedOfficial().Matches(text[start..end]))
        {
            yield return (Unnamed, start + m.Index, start + m.Index + m.Length, m.Value);
        }
    }

    // A verb or adjective as the sentence has it (한다, 정했다, 김장하고): its first syllable is no surname, and
    // the word no part of a foreign name (ForeignNameCheck).
    internal static bool IsPredicate(string word) => word.Length >= 2 && word[^1] is '다' or '고' or '며' or '서' or '게' or '지' or '요' or '면';

    private static bool IsSubject(string text, int end) => end < text.Length && text[end] is '은' or '는' or '이' or '가';

    [GeneratedRegex(@"(?:고|며|면서)\s?(?:말했|밝혔|전했|강조했|설명했|덧붙였|주장했|평가했|답했|말한|털어놨|소감을 밝혔)")]
    private static partial Regex SpeechVerb();

    // Given name and surname found apart (Minoru, Kihara) are one person: "Minoru Kihara".
    private static List<(int Start, string Value)> Joined(string text, List<(int Start, string Value)> words)
    {
        var joined = new List<(int Start, string Value)>();
        foreach (var w in words)
        {
            if (joined.Count > 0 && joined[^1].Start + joined[^1].Value.Length + 1 == w.Start && text[w.Start - 1] == ' ')
            {
                joined[^1] = (joined[^1].Start, joined[^1].Value + " " + w.Value);
                continue;
            }

            joined.Add(w);
        }

        return joined;
    }

    // Each Hangul word of the Korean story and the first four sentences it stands in: a bead holds at most three, so
    // four tell whether the word stands outside it.
    private static Dictionary<string, List<int>> WordSentences(DocumentContext context)
    {
        var words = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < context.Source.Sentences.Count; i++)
        {
            foreach (Match m in StoryWords().Matches(context.Source.Sentences[i].Text))
            {
                if (!words.TryGetValue(m.Value, out var sentences))
                {
                    words[m.Value] = sentences = [];
                }

                if (sentences.Count < 4 && (sentences.Count == 0 || sentences[^1] != i))
                {
                    sentences.Add(i);
                }
            }
        }

        return words;
    }

    // The words that follow a title somewhere in the English story, maybe after a given name: "President Nguyen
    // Van Minh", "Foreign Minister Kenji Nakamura" make Nguyen, Van, Minh, Kenji and Nakamura persons of the story.
    private static HashSet<string> Titled(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in TitledNames().Matches(text))
        {
            foreach (Capture c in m.Groups["word"].Captures)
            {
                words.Add(c.Value);
            }
        }

        return words;
    }

    private static bool Spells(char surname, string word) =>
        ConventionalSurnames.Of(surname).Contains(word, StringComparer.OrdinalIgnoreCase) || GivenNameSpellings.Instance.Spells(surname.ToString(), word);

    // A Korean word of the sentence, or its first syllables before particles, that the English word romanizes.
    private static bool Answers(string hangul, string latin)
    {
        for (var n = hangul.Length; n >= Math.Min(2, hangul.Length); n--)
        {
            if (RomanizationMatcher.Default.IsRomanizationOf(latin, hangul[..n]))
            {
                return true;
            }
        }

        return false;
    }

    // The English titles a person's name follows.
    private const string EnglishTitles = @"President|Minister|Chairman|Chair|Premier|Secretary|Director|Governor|Mayor|Chief|Spokesperson|spokesperson|Ambassador|Representative|Envoy|Commissioner|Chancellor|Speaker|Senator|Professor|Prof\.|Rep\.|Sen\.|Gen\.|Judge|Justice|Mr\.|Ms\.|Dr\.";

    [GeneratedRegex(@"\b[A-Z][a-z]+\b")]
    private static partial Regex CapitalWords();

    [GeneratedRegex(@"\b(?:" + EnglishTitles + @")(?=(?: (?<word>[A-Z][a-z]+)\b(?!-)){1,3})")]
    private static partial Regex TitledNames();

    [GeneratedRegex(@"[가-힣]{2,}")]
    private static partial Regex HangulWords();

    // The story's Hangul words, and a one-syllable surname after a given name (레베카 랭: Rebecca Lang).
    [GeneratedRegex(@"[가-힣]{2,}|(?<=[가-힣]{2} )[가-힣](?![가-힣])")]
    private static partial Regex StoryWords();

    // A name as the one who speaks or acts: before "said", after a title, or opening the sentence before a verb
    // ("Park is also arranging a call").
    [GeneratedRegex(@"^(?<name>[A-Z][a-z]+)(?= (?:is|was|will|would|has|had|also|then|later|plans|planned|wants|hopes|met|made|gave|held|visited|called|spoke|went|left|arrived|asked)\b)|(?<![-\w])(?<name>[A-Z][a-z]+)(?= (?:[a-z]+ly )?(?:said|says|told|added|noted|stressed|urged|announced|asked|explained|emphasized|pledged|promised|vowed|warned|insisted|argued|claimed|expressed|proposed|requested|replied|responded)\b)|(?<title>\b(?:" + EnglishTitles + @") )(?<name>[A-Z][a-z]+)\b(?!-)")]
    private static partial Regex Actors();
}
