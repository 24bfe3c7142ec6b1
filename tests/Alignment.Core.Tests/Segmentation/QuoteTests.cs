using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Segmentation;

public sealed class QuoteTests
{
    [Theory]
    [InlineData("조현 외교부 장관은 \"양국 관계가 한 단계 더 발전했다\"고 말했다.")]
    [InlineData("장관은 “회담이 매우 유익했다.”라고 평가했다.")]
    [InlineData("그는 \"좋다\"며 \"다음 달 오타와에서 다시 보자\"고 했다.")]
    [InlineData("그는 \"북한의 도발을 강력히 규탄한다. 국제사회와 긴밀히 공조하겠다\"고 밝혔다.")]
    [InlineData("외교부 당국자는 “회의는 끝났다. 결과는 내일 나온다”라며 말을 아꼈다.")]
    [InlineData("외무장관은 성명을 통해 “참가국 장관들이 우려를 표명했다.” 고 밝혔다.")]
    [InlineData("그는 \"회담은 끝났다.\" 라며 자리를 떴다.")]
    public void Should_keep_a_korean_quotation_inside_its_sentence(string text)
    {
        Segments.KoreanTexts(text).ShouldBe([text]);
    }

    [Theory]
    [InlineData("그는 “회담이 유익했다.” 이어 양측은 공동성명을 냈다.", "그는 “회담이 유익했다.”", "이어 양측은 공동성명을 냈다.")]
    [InlineData("\"회담이 끝났다.\" 장관은 곧바로 출국했다.", "\"회담이 끝났다.\"", "장관은 곧바로 출국했다.")]
    [InlineData("그는 \"좋다. 가자.\" 그리고 떠났다.", "그는 \"좋다.", "가자.\"", "그리고 떠났다.")]
    [InlineData("그는 \"회담은 끝났다. 내일 다시 만난다.", "그는 \"회담은 끝났다.", "내일 다시 만난다.")]
    [InlineData("그는 “회담이 유익했다.” 고위 관계자들도 동의했다.", "그는 “회담이 유익했다.”", "고위 관계자들도 동의했다.")]
    public void Should_end_a_korean_sentence_after_a_closing_quote(string text, params string[] expected)
    {
        Segments.KoreanTexts(text).ShouldBe(expected);
    }

    // Copy often opens with one kind of mark and closes with the other; the quotation still closes there.
    [Theory]
    [InlineData("그는 “회담이 유익했다\"고 말했다. 이어 양측은 공동성명을 냈다. 그는 “내일 다시 만난다”고 덧붙였다.", "그는 “회담이 유익했다\"고 말했다.", "이어 양측은 공동성명을 냈다.", "그는 “내일 다시 만난다”고 덧붙였다.")]
    [InlineData("그는 \"회담이 유익했다”고 밝혔다. 대변인은 “일정은 미정이다\"고 말했다.", "그는 \"회담이 유익했다”고 밝혔다.", "대변인은 “일정은 미정이다\"고 말했다.")]
    public void Should_close_a_korean_quotation_on_a_mark_of_the_other_kind(string text, params string[] expected)
    {
        Segments.KoreanTexts(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("그는 “북한을 규탄한다. 공조하겠다\"고 밝혔다.")]
    [InlineData("그는 \"북한을 규탄한다. 공조하겠다”고 밝혔다.")]
    public void Should_keep_a_korean_quotation_of_mixed_marks_inside_its_sentence(string text)
    {
        Segments.KoreanTexts(text).ShouldBe([text]);
    }

    [Theory]
    [InlineData("The ministry said so on Monday. ``We think it is necessary,'' he said.", "The ministry said so on Monday.", "``We think it is necessary,'' he said.")]
    [InlineData("The storm weakened overnight. ˝Typhoon Nari is expected to hit the coast.˝", "The storm weakened overnight.", "˝Typhoon Nari is expected to hit the coast.˝")]
    [InlineData("It helps, said Alan Park. ¡°The key question is trade.¡± If talks fail, prices rise.", "It helps, said Alan Park.", "¡°The key question is trade.¡±", "If talks fail, prices rise.")]
    public void Should_start_an_english_sentence_at_an_ascii_or_stand_in_quotation_mark(string text, params string[] expected)
    {
        Segments.EnglishTexts(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("He called it ``a turning point'' for both countries.")]
    [InlineData("He said the U.S. ``would respond.''")]
    [InlineData("He called it ¡°a turning point¡± for both countries.")]
    public void Should_keep_an_ascii_quotation_inside_its_english_sentence(string text)
    {
        Segments.EnglishTexts(text).ShouldBe([text]);
    }

    [Theory]
    [InlineData("\"We will keep talking with Ottawa,\" the minister said.")]
    [InlineData("\"Is this the end?\" she asked.")]
    [InlineData("He called the meeting \"a turning point\" for both countries.")]
    public void Should_keep_an_english_quotation_inside_its_sentence(string text)
    {
        Segments.EnglishTexts(text).ShouldBe([text]);
    }

    [Theory]
    [InlineData("“We condemn the launch. We will respond with our allies,” he said.", "“We condemn the launch.", "We will respond with our allies,” he said.")]
    [InlineData("\"We condemn the launch. We will respond with our allies,\" he said.", "\"We condemn the launch.", "We will respond with our allies,\" he said.")]
    [InlineData("\"We agree. Will you go?\" she asked.", "\"We agree.", "Will you go?\" she asked.")]
    public void Should_split_an_english_quotation_of_several_sentences_like_running_text(string text, params string[] expected)
    {
        Segments.EnglishTexts(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("“I agree.” The minister then left the room.", "“I agree.”", "The minister then left the room.")]
    [InlineData("He said, \"The talks went well.\" Then he left.", "He said, \"The talks went well.\"", "Then he left.")]
    [InlineData("\"We will respond!\" He did not elaborate.", "\"We will respond!\"", "He did not elaborate.")]
    [InlineData("He said, \"We agree. We will go.\" Then he left.", "He said, \"We agree.", "We will go.\"", "Then he left.")]
    public void Should_end_an_english_sentence_at_a_closing_quote_before_a_capital(string text, params string[] expected)
    {
        Segments.EnglishTexts(text).ShouldBe(expected);
    }
}
