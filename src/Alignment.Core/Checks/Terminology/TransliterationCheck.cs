using Alignment.Core.Findings;
using Alignment.Core.Languages.Korean;
using Alignment.Core.Languages.Korean.Romanization;
using Alignment.Core.Segmentation;

namespace Alignment.Core.Checks.Terminology;

/// <summary>
/// terminology.transliteration: an English word that is only the romanization of an ordinary Korean word of the
/// aligned source (Intae for 인태, Gukbangbu for 국방부), where a translation was due. Names of people and places
/// are romanized by right and are left alone, told apart by their Korean context.
/// </summary>
public sealed partial class TransliterationCheck : ICheck
{
    public string Id => "terminology.transliteration";

    public string Description => "An ordinary Korean word is romanized in the English instead of translated.";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        // Where the glossary's Korean terms stand in the source, found once for the story rather than per word.
        var terms = context.SourceTerms.Select(h => (h.Start, h.End)).ToHashSet();

        // Latin words the Korean writes itself, mostly a name spelled out after its Hangul (아이단 세릭바예프(Aidan
        // Serikbayev)): the English that keeps them is not romanizing.
        var spelled = new Lazy<HashSet<string>>(() => LatinWords().Matches(context.Source.Text).Select(m => m.Value).ToHashSet(StringComparer.OrdinalIgnoreCase));
        // Abbreviations the story defines (중앙재난안전대책본부(중대본)) are as ordinary as their full forms.
        var abbreviations = new Lazy<HashSet<string>>(() => DefinedAbbreviations.In(context.Source.Text, (start, end) => IsOrdinary(context, context.Source.Text, start, end, terms, [])));
        foreach (var (index, bead) in context.Beads.Where(b => b.Bead.IsPair))
        {
            // Most beads have no English word that could be a romanization: the Korean side is only romanized when
            // one has.
            var candidates = bead.TargetIds.Select(i => context.Target.Sentences[i])
                .SelectMany(sentence => Candidates(context, sentence).Select(c => (Sentence: sentence, c.Start, c.End))).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            // Each word is romanized once per bead, not once for every English word it is compared with.
            var words = bead.SourceIds.SelectMany(i => KoreanWords(context, context.Source.Sentences[i], terms, abbreviations.Value))
                .Select(w => (w.Word, w.Start, Forms: RomanForms(w.Word))).ToList();

            // An institution's other Korean names (식약처 for 식품의약품안전처): "Sikyakcheo" romanizes it all the same.
            var aliases = Aliases(context, bead);
            words.AddRange(aliases.Select(a => (a.Word, a.Start, Forms: RomanForms(a.Word))));
            // Korean words not known as ordinary are mostly names, which English capitalises: in lower case ("apples
            // and baechu"), their romanization is a word left untranslated all the same.
            var unknown = new Lazy<List<(string Word, int Start, string[] Forms)>>(() => [.. bead.SourceIds
                .SelectMany(i => UnknownWords(context, context.Source.Sentences[i], terms, abbreviations.Value)).Select(w => (w.Word, w.Start, RomanForms(w.Word)))]);
            if (words.Count == 0 && !candidates.Exists(c => IsLowerCaseRomanization(context, c.Sentence, c.Start, c.End)))
            {
                continue;
            }

            // A rendering the glossary forbids is reported by terminology.forbidden; one it lists (Panmunjeom) is right.
            var covered = context.InTarget(context.ForbiddenTerms, bead).Concat(context.InTarget(context.TargetTerms, bead)).ToList();
            // The longest romanized run first: "Hanguk Georaeso" is one finding for 한국거래소, not three.
            var found = new List<(Sentence Sentence, int Start, int End, (string Word, int Start, string[] Forms) Match)>();
            foreach (var (sentence, start, end) in candidates.OrderByDescending(c => c.End - c.Start).ThenBy(c => c.Start))
            {
                var plain = context.Target.Text[start..end].Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
                var match = words.FirstOrDefault(w => IsRomanization(plain, w.Forms, w.Word));
                if (match == default && IsLowerCaseRomanization(context, sentence, start, end))
                {
                    // The stem closest to the letters: 사회초년생, not 사회초년생이.
                    match = unknown.Value.Where(w => IsRomanization(plain, w.Forms, w.Word)).OrderBy(w => w.Forms.Min(f => Distance(plain, f))).FirstOrDefault();
                }

                if (match != default && !covered.Any(f => f.Start < end && start < f.End) && !found.Exists(f => f.Start < end && start < f.End)
                    && !(Glossed(context.Target.Text, end) && !Unrendered(context, bead, match.Start, match.Word.Length))
                    && !LatinWords().Matches(context.Target.Text[start..end]).All(w => spelled.Value.Contains(w.Value)))
                {
                    found.Add((sentence, start, end, match));
                }
            }

            foreach (var (sentence, start, end, match) in found.OrderBy(f => f.Start))
            {
                var latin = context.Target.Text[start..end];
                var (expected, mechanical) = Translation(context, match.Word);
                yield return context.NewFinding(index, Id, Severity.Major, $"'{latin}' romanizes '{match.Word}' instead of translating it{(expected.Length > 0 ? $" ({expected})" : string.Empty)}.") with
                {
                    SourceStart = match.Start,
                    SourceEnd = aliases.Find(a => a.Word == match.Word && a.Start == match.Start) is { Word: not null } alias ? alias.End : match.Start + match.Word.Length,
                    TargetStart = start,
                    TargetEnd = end,
                    Found = latin,
                    Expected = expected,
                    Suggestion = mechanical ? DocumentContext.Replace(sentence, start, end, expected) : string.Empty,
                };
            }
        }
    }

    // The gazetteer's other Korean names of the institutions a bead names, each standing at the name the source gives.
    private static List<(string Word, int Start, int End)> Aliases(DocumentContext context, Alignment.Bead bead) =>
        context.Entities is not { } finders ? [] : [.. bead.SourceIds.Select(i => context.Source.Sentences[i])
            .SelectMany(s => finders.Source.Find(context.Source.Text, s.Start, s.End))
            .Where(m => m.Strong && m.Entry.Kind == Gazetteer.EntityKind.Organisation)
            .SelectMany(m => m.Entry.Korean.Where(k => k.Length >= 2 && k != m.Text && k.All(Text.Scripts.IsHangulSyllable)).Select(k => (k, m.Start, m.End)))];

    // A glossary term none of whose renderings the English gives: what follows its romanization ("According to
    // Tonggyecheong, the number of ...") is the sentence going on, not a gloss, which would render it.
    private static bool Unrendered(DocumentContext context, Alignment.Bead bead, int start, int length)
    {
        var entries = context.SourceTerms.Where(h => h.Start == start && h.End == start + length).Select(h => h.Entry).ToHashSet();
        return entries.Count > 0 && !context.InTarget(context.TargetTerms, bead).Any(h => entries.Contains(h.Entry));
    }

    // A romanization the English explains at once is a name kept on purpose: "Huwon, the rear garden of
    // Changdeokgung", "Chuseok (the harvest holiday)".
    private static bool Glossed(string text, int end) => Gloss().IsMatch(text.AsSpan(end, Math.Min(text.Length - end, 12)));

    [System.Text.RegularExpressions.GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial System.Text.RegularExpressions.Regex LatinWords();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:,\s+(?:the|a|an)\s|\s*\((?:the|a|an)?\s?[a-z])")]
    private static partial System.Text.RegularExpressions.Regex Gloss();

    // The runs of Hangul of a sentence, but a word numbered as a model, which is its name: the rocket 비상-1, the
    // satellite 아리랑3호.
    private static IEnumerable<(int Start, int End)> HangulWords(string text, Sentence sentence)
    {
        var i = sentence.Start;
        while (i < sentence.End)
        {
            if (!Text.Scripts.IsHangulSyllable(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < sentence.End && Text.Scripts.IsHangulSyllable(text[i]))
            {
                i++;
            }

            if (!(i < sentence.End && (char.IsAsciiDigit(text[i]) || (text[i] == '-' && i + 1 < sentence.End && char.IsAsciiDigit(text[i + 1])))))
            {
                yield return (start, i);
            }
        }
    }

    // Korean words of the source without their particles, names left out.
    private static IEnumerable<(string Word, int Start)> KoreanWords(DocumentContext context, Sentence sentence, HashSet<(int Start, int End)> terms, HashSet<string> abbreviations)
    {
        var text = context.Source.Text;
        foreach (var (start, i) in HangulWords(text, sentence))
        {
            // The longest known stem whose remainder is particles: 인태에서 → 인태, 국방부는 → 국방부.
            for (var stemEnd = i; stemEnd - start >= 2; stemEnd--)
            {
                if (context.SourceProfile.IsSuffix(text.AsSpan(stemEnd, i - stemEnd)) && IsOrdinary(context, text, start, stemEnd, terms, abbreviations))
                {
                    yield return (text[start..stemEnd], start);

                    // The parts of a compound too, and each run of them: "Chungbuk Gyeongchalcheong" keeps the
                    // province's name and romanizes only 경찰청, "Busan Jibang Goyongnodongcheong" 지방고용노동청.
                    var parts = context.Lexicon is { } lexicon ? KoreanCompounds.Parts(lexicon, text.AsSpan(start, stemEnd - start)) : null;
                    for (var (k, at) = (0, start); parts is not null && k < parts.Count; at += parts[k++])
                    {
                        for (var (last, length) = (k, parts[k]); last < parts.Count; length += ++last < parts.Count ? parts[last] : 0)
                        {
                            // A run of place names is a name (당진영덕 of 당진영덕고속도로, the Dangjin-Yeongdeok Expressway).
                            if (length > 1 && !(k == 0 && last == parts.Count - 1) && !AllPlaces(context, text, at, parts, k, last))
                            {
                                yield return (text.Substring(at, length), at);
                            }
                        }
                    }

                    break;
                }
            }
        }
    }

    private static bool AllPlaces(DocumentContext context, string text, int at, List<int> parts, int first, int last)
    {
        for (var k = first; k <= last; at += parts[k++])
        {
            // The part on its own: inside the word, the matcher would take a name after a syllable for a guess.
            var part = text.Substring(at, parts[k]);
            if (!(context.Entities?.Source.Find(part, 0, part.Length).Any(e => e.Strong && e.Start == 0 && e.End == part.Length && e.Entry.Kind != Gazetteer.EntityKind.Organisation) ?? false))
            {
                return false;
            }
        }

        return true;
    }

    // Only words the lexicon or the glossary know are ordinary for sure; an unknown word in news is mostly a name.
    // A known word is ordinary even before a title (국방부 장관) or in a surname's shape (안보리); only a loanword
    // spelling or the word being an entity's own name (평양) makes it a name.
    private static bool IsOrdinary(DocumentContext context, string text, int start, int end, HashSet<(int Start, int End)> terms, HashSet<string> abbreviations)
    {
        var whole = terms.Contains((start, end)) || (context.Lexicon?.IsWord(text[start..end]) ?? false) || abbreviations.Contains(text[start..end]);
        var parts = whole || context.Lexicon is null ? null : KoreanCompounds.Parts(context.Lexicon, text.AsSpan(start, end - start));
        if (!whole && parts is null)
        {
            return false;
        }

        // A loanword's spelling marks a name (클리퍼), but not in a compound of known words where only one part is a
        // loanword (한국조선해양플랜트협회).
        var loanword = parts is null ? KoreanNameContext.Instance.IsLoanword(text, start, end) : AllLoanwords(text, start, parts);
        // An organisation's name is made of words (한국거래소 is the Korea Exchange): its romanization is no name,
        // unless the gazetteer lists it as one (Minbyun, Korail), which spares it on the English side.
        var entity = context.Entities?.Source.Find(text, start, end).Any(e => e.Strong && e.Start == start && e.End == end && e.Entry.Kind != Gazetteer.EntityKind.Organisation) ?? false;
        return !entity && !loanword && !KoreanCompounds.InPlaceList(context.Lexicon, context.SourceProfile.IsSuffix, text, start, end);
    }

    private static bool AllLoanwords(string text, int start, List<int> parts)
    {
        foreach (var length in parts)
        {
            if (!KoreanNameContext.Instance.IsLoanword(text, start, start + length))
            {
                return false;
            }

            start += length;
        }

        return true;
    }

    // Close to the letter of a romanization (Intae, Intai for 인태 "intae"), not merely alike in sound: a foreign
    // name spelled in Hangul (고든 "godeun") sounds like Gordon but is not spelled like it.
    private static bool IsRomanization(string plain, string[] forms, string hangul)
    {
        foreach (var roman in forms)
        {
            // The edit distance is at least the difference in length; most words are ruled out without computing it.
            var allowed = Math.Max(1, roman.Length / 5);
            if (Math.Abs(plain.Length - roman.Length) <= allowed && Distance(plain, roman) <= allowed)
            {
                return RomanizationMatcher.Default.IsRomanizationOf(plain, hangul) || Distance(plain, roman) == 0;
            }
        }

        return false;
    }

    // The Revised and McCune-Reischauer spellings of a word, lower case, without hyphens and spaces.
    private static string[] RomanForms(string hangul) =>
        [.. new[] { RevisedRomanizer.Default.Romanize(hangul), McCuneReischauerRomanizer.Default.Romanize(hangul) }
            .Select(f => f.Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant())];

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    // Capitalised or lower-case Latin words that are not English words the lexicon knows, nor acronyms; and two to
    // five of them in a row, since a romanized compound is often split at its parts (Gungmu Hoeui for 국무회의).
    private static IEnumerable<(int Start, int End)> Candidates(DocumentContext context, Sentence sentence)
    {
        // A Korean person's name (Kim Seong-ho) is romanized by right, whatever ordinary word it sounds like (선고).
        var names = PersonNames.InEnglish(context.Target.Text, sentence.Start, sentence.End).Where(PersonNames.HasKoreanSurname).ToList();
        // So is a place the gazetteer knows (Kusong, Kaesong), though its Korean name is also a word (구성, 개성).
        var places = context.Entities?.Target.Find(context.Target.Text, sentence.Start, sentence.End).ToList() ?? [];
        var words = Words(context, sentence).Where(w => !names.Exists(n => n.Start <= w.Start && w.End <= n.End) && !places.Exists(p => p.Start <= w.Start && w.End <= p.End)).ToList();
        for (var k = 0; k < words.Count; k++)
        {
            yield return words[k];
            var end = k;
            while (end + 1 < words.Count && end - k < 4 && words[end + 1].Start == words[end].End + 1 && context.Target.Text[words[end].End] == ' ')
            {
                end++;
                yield return (words[k].Start, words[end].End);
            }
        }
    }

    private static IEnumerable<(int Start, int End)> Words(DocumentContext context, Sentence sentence)
    {
        var text = context.Target.Text;
        var i = sentence.Start;
        while (i < sentence.End)
        {
            if (!char.IsAsciiLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < sentence.End && (char.IsAsciiLetter(text[i]) || (text[i] == '-' && i + 1 < sentence.End && char.IsAsciiLetter(text[i + 1]))))
            {
                i++;
            }

            var word = text.AsSpan(start, i - start);
            var acronym = word.Length > 1 && char.IsUpper(word[1]);
            if (word.Length >= 4 && !acronym && !(context.Lexicon?.KnowsEnglish(word) ?? false) && !CommonEnglish.Contains(word.ToString().ToLowerInvariant()))
            {
                yield return (start, i);
            }
        }
    }

    // The glossary's rendering is a fix to apply; the lexicon's words only hint at the meaning (합참: joint, chiefs,
    // staff), so they fill "expected" but make no suggestion.
    private static (string Expected, bool Mechanical) Translation(DocumentContext context, string word)
    {
        var hit = context.Glossary.FindSources(word).FirstOrDefault(h => h.Start == 0);
        if (hit is not null && context.Glossary.Entries[hit.Entry].Entry.Targets.Count > 0)
        {
            return (context.Glossary.Entries[hit.Entry].Entry.Targets[0], true);
        }

        // An organisation of the gazetteer has its English name (한국거래소: Korea Exchange).
        if (context.Entities?.Source.Find(word, 0, word.Length).FirstOrDefault(e => e.Start == 0 && e.End == word.Length) is { } entity)
        {
            return (entity.Entry.English[0], true);
        }

        return (context.Lexicon is { } lexicon && lexicon.IsWord(word) ? lexicon.EnglishOf(word)![0] : string.Empty, false);
    }

    // Function words the lexicon leaves out but a romanization could resemble.
    private static readonly HashSet<string> CommonEnglish = ["this", "that", "with", "from", "have", "been", "were", "will", "would", "could", "should", "their", "there", "they", "them", "than", "then", "when", "what", "which", "while", "about", "also", "into", "over", "under", "after", "before", "because", "said", "says", "such", "some", "more", "most", "other", "only", "very", "just", "many", "much", "each", "both", "between", "through", "during", "against", "among", "within", "without", "these", "those", "here", "where", "whose", "upon", "once", "again", "ever", "even", "well", "being", "does", "done", "made", "make", "take", "took", "come", "came", "went", "goes", "like", "still", "since", "until", "whether", "either", "neither", "another", "every", "around", "across", "along", "already", "although", "though", "however", "therefore", "thus", "hence"];
}
