using Alignment.Core.Alignment;
using Alignment.Core.Languages.Korean;
using Alignment.Core.Languages.Lexicons;

namespace Alignment.Core.Tests.Alignment;

/// <summary>A pair whose sides each hold five lexicon words and share none of them is no translation.</summary>
public sealed class UnsharedPairTests
{
    private static readonly Lexicon Lexicon = new(
        [
            ("정부", ["government"]), ("경제", ["economy"]), ("수출", ["export"]), ("시장", ["market"]), ("투자", ["investment"]),
            ("경찰", ["police"]), ("사고", ["accident"]), ("도로", ["road"]), ("차량", ["vehicle"]), ("부상", ["injury"]),
        ],
        KoreanProfile.Instance.IsSuffix);

    private const string FiveKorean = "정부는 경제와 수출, 시장과 투자를 논의했다.";
    private const string FiveEnglish = "Police said the accident on the road left a vehicle damaged and one injury.";

    [Fact]
    public void Should_penalise_a_pair_of_five_words_a_side_that_shares_none()
    {
        Penalty(FiveKorean, FiveEnglish).ShouldBe(AlignerOptions.Default.UnsharedPairPenalty, 1e-9);
    }

    [Fact]
    public void Should_leave_a_pair_alone_once_it_shares_one_word()
    {
        Penalty(FiveKorean, "Police said the accident on the road left a vehicle damaged, and one injury hit exports.").ShouldBe(0);
    }

    [Fact]
    public void Should_leave_a_short_pair_alone_even_when_it_shares_nothing()
    {
        // Four words a side: a true translation that shares none of them is rare but not unheard of.
        Penalty("정부는 경제와 수출, 시장을 논의했다.", FiveEnglish).ShouldBe(0);
    }

    // The cost with the penalty on, less the cost with it off.
    private static double Penalty(string korean, string english)
    {
        var source = new[] { Sentence(korean, true) };
        var target = new[] { Sentence(english, false) };
        var on = AlignerOptions.Default;
        var off = on with { UnsharedPairPenalty = 0 };
        var model = new LengthModel(on.LengthRatio, on.LengthVariance);
        return new BeadCost(source, target, on, model, Lexicon).Cost(0, 1, 0, 1) - new BeadCost(source, target, off, model, Lexicon).Cost(0, 1, 0, 1);
    }

    private static SentenceFeatures Sentence(string text, bool isSource) => LexiconSentences.Of(Lexicon, text, isSource);
}
