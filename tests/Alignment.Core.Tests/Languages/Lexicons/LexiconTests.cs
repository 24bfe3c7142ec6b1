using Alignment.Core.Languages.Korean;
using Alignment.Core.Languages.Lexicons;

namespace Alignment.Core.Tests.Languages.Lexicons;

/// <summary>A lexicon written in the test (not the embedded file) mapping both sides of a pair to shared entry ids.</summary>
public sealed class LexiconTests
{
    private static readonly (string Korean, IReadOnlyList<string> English)[] Entries =
    [
        ("정부", ["government"]),
        ("국방", ["defense"]),
        ("장관", ["minister"]),
        ("증가", ["increase"]),
        ("기관", ["agency"]),
        ("국방부", ["ministry"]),
        ("北", ["north", "korea"]),
        ("日", ["japan"]),
    ];

    private static readonly Lexicon Lexicon = new(Entries, KoreanProfile.Instance.IsSuffix);

    [Theory]
    [InlineData("정부는", "정부")]
    [InlineData("정부가 발표했다", "정부")]
    [InlineData("정부와의 협의", "정부")]
    [InlineData("기관들은", "기관")]
    public void Should_find_a_korean_entry_with_particles_glued_on(string text, string entry)
    {
        Source(text).ShouldBe([Id(entry)]);
    }

    [Fact]
    public void Should_split_a_compound_into_the_entries_it_is_made_of()
    {
        var lexicon = new Lexicon([("국방", ["defense"]), ("장관", ["minister"])], KoreanProfile.Instance.IsSuffix);
        var ids = new HashSet<int>();

        lexicon.AddSourceIds("국방부장관은", ids);

        ids.Order().ShouldBe([0, 1]);
    }

    [Fact]
    public void Should_know_a_name_word_without_calling_it_ordinary_english()
    {
        var lexicon = new Lexicon([("도시", ["city"])], KoreanProfile.Instance.IsSuffix, [("타이응우옌", ["thai", "nguyen"]), ("시티", ["city"])]);

        lexicon.KnowsEnglish("Nguyen").ShouldBeTrue();
        lexicon.IsOrdinaryEnglish("Nguyen").ShouldBeFalse();
        lexicon.IsOrdinaryEnglish("cities").ShouldBeTrue();
        lexicon.IsOrdinaryEnglish("Hanoi").ShouldBeFalse();
    }

    [Fact]
    public void Should_tell_a_word_of_the_language_from_a_name_only()
    {
        var lexicon = new Lexicon([("거래소", ["exchange"]), ("개성", ["personality"])], KoreanProfile.Instance.IsSuffix, [("한국거래소", ["korea", "exchange"]), ("개성", ["kaesong"])]);

        lexicon.IsWord("거래소").ShouldBeTrue();
        lexicon.IsWord("개성").ShouldBeTrue();
        lexicon.IsWord("한국거래소").ShouldBeFalse();
        lexicon.EnglishOf("한국거래소").ShouldNotBeNull();
        lexicon.IsWord("없는말").ShouldBeFalse();
    }

    [Fact]
    public void Should_prefer_the_longest_entry_at_each_point()
    {
        Source("국방부장관").ShouldBe(new[] { Id("국방부"), Id("장관") }.Order());
    }

    [Theory]
    [InlineData("Exports increased sharply.", "증가")]
    [InlineData("Increases were reported.", "증가")]
    [InlineData("Two agencies said so.", "기관")]
    [InlineData("The agency's report.", "기관")]
    [InlineData("The government's ministers met.", "정부", "장관")]
    public void Should_find_an_english_entry_through_its_inflections(string text, params string[] entries)
    {
        Target(text).ShouldBe(entries.Select(Id).Order());
    }

    [Theory]
    [InlineData("정치인 출신")]
    [InlineData("부장은")]
    public void Should_find_no_korean_entry_where_there_is_none(string text)
    {
        Source(text).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("GOVERNMENT")]
    [InlineData("governments")]
    public void Should_find_an_english_entry_whatever_its_case(string text)
    {
        Target(text).ShouldBe([Id("정부")]);
    }

    [Theory]
    [InlineData("The governor spoke.")]
    [InlineData("Ministry officials defended it.")]
    public void Should_not_find_an_english_entry_in_a_related_word(string text)
    {
        Target(text).ShouldNotContain(Id("정부"));
        Target(text).ShouldNotContain(Id("장관"));
    }

    [Fact]
    public void Should_give_an_english_word_listed_under_several_entries_one_id()
    {
        var lexicon = new Lexicon([("장관", ["minister"]), ("총리", ["prime", "minister"]), ("차관", ["vice", "minister"])], KoreanProfile.Instance.IsSuffix);
        var ids = new HashSet<int>();

        lexicon.AddTargetIds("The minister resigned.", ids);

        ids.Count.ShouldBe(1);
        lexicon.WordsOf(0).ShouldBe(ids.ToArray());
        lexicon.WordsOf(1).ShouldContain(ids.Single());
        lexicon.WordCount.ShouldBe(3);
    }

    [Theory]
    [InlineData("지지를 호소했다")]
    [InlineData("지지에 힘입어")]
    [InlineData("지지")]
    public void Should_find_an_entry_whose_syllables_could_also_be_particles(string text)
    {
        // 지 and 를/에 are particles, but a word starts with its stem.
        var lexicon = new Lexicon([("지지", ["support"])], KoreanProfile.Instance.IsSuffix);
        var ids = new HashSet<int>();

        lexicon.AddSourceIds(text, ids);

        ids.ShouldBe([0]);
    }

    [Theory]
    [InlineData("The by-election was held.", 0, 1)]
    [InlineData("Two by-elections were held.", 0, 1)]
    [InlineData("The election was held.", 1)]
    [InlineData("A stand-by crew waited.")]
    public void Should_find_a_hyphenated_english_word_as_well_as_its_parts(string text, params int[] entries)
    {
        var lexicon = new Lexicon([("보궐선거", ["by-election"]), ("선거", ["election"])], KoreanProfile.Instance.IsSuffix);
        var ids = new HashSet<int>();

        lexicon.AddTargetIds(text, ids);

        Enumerable.Range(0, lexicon.Count).Where(e => lexicon.WordsOf(e).Any(ids.Contains)).ShouldBe(entries);
    }

    [Fact]
    public void Should_count_its_korean_entries()
    {
        Lexicon.Count.ShouldBe(Entries.Length);
    }

    [Theory]
    [InlineData("北, 단거리 미사일 발사", "北")]
    [InlineData("北에 민감기술 제공", "北")]
    [InlineData("日 정부는 밝혔다", "日")]
    public void Should_read_a_hanja_abbreviation_as_its_entry(string text, string entry)
    {
        Source(text).ShouldContain(Id(entry));
    }

    [Theory]
    [InlineData("3日 발표")] // the third of the month
    [InlineData("지난 10日 회담")]
    public void Should_read_a_hanja_after_a_figure_as_no_abbreviation(string text)
    {
        Source(text).ShouldNotContain(Id("日"));
    }

    private static int Id(string korean) => Array.FindIndex(Entries, e => e.Korean == korean);

    private static IEnumerable<int> Source(string text)
    {
        var ids = new HashSet<int>();
        Lexicon.AddSourceIds(text, ids);
        return ids.Order();
    }

    // English text yields word ids; the entries found are those with one of their words among them.
    private static IEnumerable<int> Target(string text)
    {
        var ids = new HashSet<int>();
        Lexicon.AddTargetIds(text, ids);
        return Enumerable.Range(0, Lexicon.Count).Where(e => Lexicon.WordsOf(e).Any(ids.Contains));
    }
}
