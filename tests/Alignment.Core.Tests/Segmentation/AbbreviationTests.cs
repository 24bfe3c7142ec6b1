using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Segmentation;

public sealed class AbbreviationTests
{
    [Theory]
    [InlineData("U.S. officials joined the talks on Oct. 3.")]
    [InlineData("Mr. Kim met Mrs. Park and Dr. Lee in Seoul.")]
    [InlineData("The ministers met at 10 a.m. on Monday and at 3 p.m. on Tuesday.")]
    [InlineData("The team was ranked No. 1 last year.")]
    [InlineData("Allies, e.g. Canada and Japan, joined the statement.")]
    [InlineData("The U.S. Army joined the drill.")]
    [InlineData("The U.N. Security Council met on Nov. 2.")]
    [InlineData("Sen. Park and Gen. Lee arrived.")]
    [InlineData("The ad reads \"Gen.\" Lee in large type.")]
    public void Should_not_end_an_english_sentence_at_an_abbreviation(string text)
    {
        Segments.EnglishTexts(text).ShouldBe([text]);
    }

    [Theory]
    [InlineData("He arrived at 9 a.m. Then he left.", "He arrived at 9 a.m.", "Then he left.")]
    [InlineData("He said no. Then he left.", "He said no.", "Then he left.")]
    [InlineData("He was born in the U.S. He moved to Seoul in 2010.", "He was born in the U.S.", "He moved to Seoul in 2010.")]
    [InlineData("The buyer is Acme Inc. The deal closed on Monday.", "The buyer is Acme Inc.", "The deal closed on Monday.")]
    [InlineData("Talks ended at 5 p.m. The ministers then left.", "Talks ended at 5 p.m.", "The ministers then left.")]
    [InlineData("Friends know her as \"K.\" (CNN) Britain's providers will join the scheme.", "Friends know her as \"K.\"", "(CNN) Britain's providers will join the scheme.")]
    [InlineData("He said, \"We leave for the U.S.\" Officials confirmed it.", "He said, \"We leave for the U.S.\"", "Officials confirmed it.")]
    public void Should_end_an_english_sentence_at_an_abbreviation_before_a_sentence_starter(string text, params string[] expected)
    {
        Segments.EnglishTexts(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("그는 미국 워싱턴 D.C.에서 기자들과 만났다.")]
    [InlineData("그는 U.S. 스틸 인수 문제를 언급했다.")]
    [InlineData("회담은 오전 10시(현지시간 a.m. 9시)에 열렸다.")]
    public void Should_not_split_korean_at_latin_abbreviations(string text)
    {
        Segments.KoreanTexts(text).ShouldBe([text]);
    }
}
