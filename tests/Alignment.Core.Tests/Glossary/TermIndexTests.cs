using Alignment.Core.Glossary;
using Alignment.Core.Languages;
using Alignment.Core.Languages.English;
using Alignment.Core.Languages.Korean;

namespace Alignment.Core.Tests.Glossary;

/// <summary>The one-pass search finds what each term's own search finds, where it finds it, and nothing more.</summary>
public sealed class TermIndexTests
{
    private static readonly TermGlossary Glossary = new(
        [
            Entry(["한-캐나다"], ["Korea-Canada"], ["Korea-China"]),
            Entry(["북한"], ["North Korea"], []),
            Entry(["한국"], ["Korea", "South Korea"], []),
            Entry(["인태"], ["Indo-Pacific"], ["Intae"]),
            Entry(["유엔"], ["UN"], [], caseSensitive: true),
        ],
        KoreanProfile.Instance,
        EnglishProfile.Instance);

    [Theory]
    [InlineData("North Korea and South Korea met; Korea-Canada talks followed. KOREA, korea's, Koreas")]
    [InlineData("Korea")]
    [InlineData("under the UN flag, un-official, a tun of UNESCO. UN")]
    [InlineData("Intae, the Indo Pacific, IndoPacific and Indo-Pacifics, Korea-China; Koreakorea")]
    [InlineData("")]
    public void Should_find_in_english_what_each_term_finds_alone(string text)
    {
        Glossary.FindTargets(text).ShouldBe(TermByTerm(text, e => e.Targets));
        Glossary.FindForbidden(text).ShouldBe(TermByTerm(text, e => e.Forbidden));
    }

    [Theory]
    [InlineData("북한은 한국과 한-캐나다 회의에서 인태 전략을 논의했다. 남북한은 한국인 한캐나다")]
    [InlineData("유엔에서 UN 한국")]
    public void Should_find_in_korean_what_each_term_finds_alone(string text)
    {
        Glossary.FindSources(text).ShouldBe(TermByTerm(text, e => e.Sources));
    }

    [Fact]
    public void Should_not_find_a_term_inside_a_word()
    {
        Glossary.FindTargets("aKorea, xIndo-Pacific, unUN").ShouldBeEmpty();
    }

    [Fact]
    public void Should_keep_the_case_of_a_case_sensitive_term()
    {
        Glossary.FindTargets("the UN and the un").Select(h => h.Start).ShouldBe([4]);
    }

    // Each term's own search over the whole text, as the glossary searched before it had an index.
    private static List<TermHit> TermByTerm(string text, Func<CompiledEntry, IReadOnlyList<TermPattern>> terms)
    {
        var hits = new List<TermHit>();
        for (var i = 0; i < Glossary.Entries.Count; i++)
        {
            foreach (var pattern in terms(Glossary.Entries[i]))
            {
                hits.AddRange(pattern.Matches(text).Select(m => TermHit.Of(i, pattern, m)));
            }
        }

        return hits.OrderBy(h => h.Start).ThenByDescending(h => h.End).ThenBy(h => h.Entry).ToList();
    }

    private static GlossaryEntry Entry(string[] sources, string[] targets, string[] forbidden, bool caseSensitive = false) =>
        new(sources, targets, forbidden, string.Empty, null, caseSensitive, "test.csv", 1);
}
