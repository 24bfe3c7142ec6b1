using System.Text.RegularExpressions;
using Alignment.Core.Findings;
using Alignment.Core.Languages.Korean;
using Alignment.Core.Languages.Korean.Romanization;

namespace Alignment.Core.Checks.Terminology;

/// <summary>
/// terminology.name: where the aligned Korean refers to one person (김 대통령은, 조태열 장관은) and the English leaves
/// that person out, the English names another person of the story as the one who speaks or acts ("Nguyen said"
/// for 김 대통령은 … 말했다): a quote or a deed given to the wrong person. The other person must be named in another
/// sentence of the Korean story, follow a title somewhere in the English one, and have no counterpart in the Korean
/// sentence (응우옌 answers Nguyen).
/// </summary>
public sealed partial class PersonSwapCheck : ICheck
{
    private const double MinimumScore = 0.2;

    private static readonly string Titles = string.Join('|', PersonContext.Titles.OrderByDescending(t => t.Length));

    private static readonly Regex SurnameTitle = new($@"(?<![가-힣])(?<surname>[{KoreanNameContext.Surnames}])\s(?:{Titles})", RegexOptions.CultureInvariant);

    private static readonly Regex SurnameSsi = new($@"(?<![가-힣])(?<surname>[{KoreanNameContext.Surnames}])\s?씨(?=[는가은이의에를을와과도]|\s|$)", RegexOptions.CultureInvariant);

    // A foreign name spelled in Hangul before a title: 휘트모어 장관은, 코발스키 차관은.
    private static readonly Regex ForeignTitle = new($@"(?<![가-힣])(?<name>[가-힣]{{2,}})\s(?:{Titles})", RegexOptions.CultureInvariant);

    public string Id => "terminology.name";

    public string Description => "A person's name in the English is not the one the source gives.";

    public IEnumerable<Finding> Run(DocumentContext context)
    {
        bool IsWord(string word) => context.Lexicon?.EnglishOf(word) is not null;
        bool IsCommonWord(string word) => PersonNames.IsCommonWord(context.Lexicon, word);

        // Worked out once a story, and only when some sentence needs them: a long file has thousands of beads.
        var titled = new Lazy<HashSet<string>>(() => Titled(context.Target.Text));
        // Surnames the English story gives Korean people in full (spokesperson Park Eun-young): there, Park is one.
        var surnames = new Lazy<HashSet<string>>(() => [.. context.Target.Sentences
            .SelectMany(s => PersonNames.InEnglish(context.Target.Text, s.Start, s.End)).Where(PersonNames.HasKoreanSurname).Select(n => n.Surname)]);
        var storyWords = new Lazy<Dictionary<string, List<int>>>(() => WordSentences(context));
        var answering = new Dictionary<string, List<string>>(StringComparer.Ordinal);

        // The Korean people of the story, by sentence: 한도윤은 is 한도윤 with its particle.
        var storyNames = new Lazy<List<(char Surname, int Sentence)>>(() => [.. context.Source.Sentences
            .SelectMany((s, i) => PersonNames.InKorean(context.Source.Text, s.Start, s.End, context.SourceProfile.IsSuffix, IsWord, IsCommonWord).Select(n => (n.Surname[0], i)))]);
        var answers = new Dictionary<(string, string), bool>();
        bool Romanizes(string hangul, string latin)
        {
            if (!answers.TryGetValue((hangul, latin), out var found))
            {
                answers[(hangul, latin)] = found = Answers(hangul, latin);
            }

            return found;
        }

        bool NamedElsewhere(Alignment.Bead bead, string word)
        {
            if (!answering.TryGetValue(word, out var korean))
            {
                answering[word] = korean = storyWords.Value.Keys
                    .Where(h => Answers(h, word)).ToList();
            }

            return korean.Exists(h => storyWords.Value[h].Exists(i => !bead.SourceIds.Contains(i)))
                || storyNames.Value.Exists(n => !bead.SourceIds.Contains(n.Sentence) && Spells(n.Surname, word));
        }

        foreach (var (index, bead) in context.Beads.Where(b => b.Bead.IsPair && b.Bead.Score >= MinimumScore))
        {
            var korean = bead.SourceIds.Select(i => context.Source.Sentences[i]).ToList();
            var people = korean.SelectMany(s => References(context.Source.Text, s.Start, s.End, context.SourceProfile.IsSuffix, IsWord, IsCommonWord)).ToList();
            if (people.Count == 0)
            {
                continue;
            }

            var english = bead.TargetIds.Select(i => context.Target.Sentences[i]).ToList();
            var words = english.SelectMany(s => CapitalWords().Matches(context.Target.Text[s.Start..s.End]).Select(m => (Start: s.Start + m.Index, m.Value))).ToList();
            // Answered by the surname's spelling, or by a romanization of the whole name (오바마 → Obama, 하야시 → Hayashi).
            var missing = people.Where(p => p.Surname == Unnamed ? !english.Exists(s => SaysUnnamed(s.Text))
                : !words.Exists(w => Spells(p.Surname, w.Value)) && !words.Exists(w => Romanizes(p.Text, w.Value))
                    && !(p.Surname == Foreign && words.Exists(w => SoundsLike(p.Text, w.Value)))).DistinctBy(p => p.Surname is Foreign or Unnamed ? p.Text : p.Surname.ToString()).ToList();
            if (missing.Count != 1)
            {
                continue;
            }

            var hangul = korean.SelectMany(s => HangulWords().Matches(context.Source.Text[s.Start..s.End]).Select(m => m.Value)).ToList();
            // The one who speaks or acts, or any Korean person written out in full (Song Ji-hyun, head of …): a full
            // name is a person even when its surname is an English word (Song, Park), and is answered only by its own
            // Korean name in the sentence.
            var koreanNames = korean.SelectMany(s => PersonNames.InKorean(context.Source.Text, s.Start, s.End, context.SourceProfile.IsSuffix, IsWord, IsCommonWord)).ToList();
            var actors = english.SelectMany(s => Actors().Matches(context.Target.Text[s.Start..s.End]).Select(m => (Start: s.Start + m.Groups["name"].Index, m.Groups["name"].Value)))
                .Where(w => !people.Exists(p => Spells(p.Surname, w.Value)) && !hangul.Exists(h => Romanizes(h, w.Value) || (Spells(h[0], w.Value) && !IsPredicate(h)))
                    && (!(context.Lexicon?.IsOrdinaryEnglish(w.Value) ?? false) || surnames.Value.Contains(w.Value)) && (titled.Value.Contains(w.Value) || surnames.Value.Contains(w.Value)));
            var full = english.SelectMany(s => PersonNames.InEnglish(context.Target.Text, s.Start, s.End))
                .Where(n => PersonNames.HasKoreanSurname(n) && !people.Exists(p => Spells(p.Surname, n.Surname)) && !koreanNames.Exists(k => PersonNames.Same(n, k)))
                .Select(n => (n.Start, Value: n.Surname));
            var intruders = actors.Concat(full).Where(w => NamedElsewhere(bead, w.Value)).DistinctBy(w => w.Value).OrderBy(w => w.Start).ToList();
            intruders = Joined(context.Target.Text, intruders);
            if (intruders.Count != 1)
            {
                continue;
            }

            var (person, wrong) = (missing[0], intruders[0]);
            var expected = person.Surname == Unnamed ? "an official" : person.Surname == Foreign ? SpelledInStory(context.Target.Text, person.Text)
                : ConventionalSurnames.Of(person.Surname) is [var usual, ..] ? usual : RevisedRomanizer.Default.Romanize(person.Surname.ToString(), RomanizationMode.PersonalName);
            yield return context.NewFinding(index, Id, Severity.Major, $"'{wrong.Value}' is named here, but the source gives this to {person.Text} ({expected}).") with
            {
                SourceStart = person.Start,
                SourceEnd = person.End,
                TargetStart = wrong.Start,
                TargetEnd = wrong.Start + wrong.Value.Length,
                Found = wrong.Value,
                Expected = expected,
            };
        }
    }
}
