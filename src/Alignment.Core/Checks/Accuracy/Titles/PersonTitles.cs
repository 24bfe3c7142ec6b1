using Alignment.Core.Checks.Terminology;

namespace Alignment.Core.Checks.Accuracy.Titles;

/// <summary>
/// The titles the Korean gives the person an English rank names: for "Foreign Minister Park Jung-hoon", those right
/// after 박정훈 (박정훈 외교부 1차관), not the 부장관 of the American he called in the same sentence.
/// </summary>
internal static class PersonTitles
{
    // How far after the name its titles may stand: an organisation between them (외교부, 전북 현대).
    private const int Reach = 16;

    /// <summary>The person's titles; null when the English names no one after the rank, or no one the Korean names.</summary>
    /// <param name="korean">The bead's Korean, which <paramref name="titles"/> were read from.</param>
    /// <param name="after">Where the rank ends in the target text.</param>
    public static IReadOnlyList<(string Title, int Start)>? Of(DocumentContext context, string korean, IReadOnlyList<(string Title, int Start)> titles, int after, int sentenceEnd)
    {
        var english = PersonNames.InEnglish(context.Target.Text, after, Math.Min(sentenceEnd, after + 40)).FirstOrDefault();
        if (english is null || english.Start > after + 1)
        {
            return null;
        }

        var names = PersonNames.InKorean(korean, 0, korean.Length, context.SourceProfile.IsSuffix, w => context.Lexicon?.IsWord(w) ?? false).ToList();
        var same = names.Where(k => PersonNames.Same(english, k)).ToList();
        var person = same.Count > 0 ? same[0] : names.Count(k => PersonNames.SameSurname(english, k)) == 1 ? names.First(k => PersonNames.SameSurname(english, k)) : null;
        if (person is null)
        {
            return null;
        }

        // Up to the next name: 김 장관과 박 차관 gives each their own.
        var next = names.Where(k => k.Start > person.Start).Select(k => k.Start).DefaultIfEmpty(korean.Length).Min();
        var own = titles.Where(t => t.Start >= person.End && t.Start <= person.End + Reach && t.Start < next).ToList();
        return own.Count == 0 ? null : own;
    }
}
