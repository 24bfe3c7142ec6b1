using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Style;

/// <summary>style.boilerplate must leave alone story sentences that merely talk about advertising, subscriptions or copyright.</summary>
public sealed class BoilerplateCheckLookAlikeTests
{
    private const string Opening = "한-캐나다 외교장관이 2일 서울에서 회담을 열었다.\n두 장관은 인태 지역의 안보 협력을 강화하기로 합의했다.\n";
    private const string OpeningEnglish = "The Korea-Canada foreign ministers held talks in Seoul on the 2nd.\nThe two ministers agreed to strengthen security cooperation in the Indo-Pacific region.\n";

    [Theory]
    [InlineData("광고 지출은 지난해 5% 늘었다.", "Advertisement spending rose 5 percent last year.")]
    [InlineData("넷플릭스는 월 구독료를 인상했다.", "Netflix raised its monthly subscription price.")]
    [InlineData("구독자는 지난해 두 배로 늘었다.", "Subscribers doubled last year.")]
    [InlineData("이 광고는 온라인에서 널리 공유됐다.", "The advertisement was widely shared online.")]
    public void Should_keep_a_sentence_about_advertising_or_subscriptions(string korean, string english)
    {
        var report = CheckRun.Of(Opening + korean + "\n", OpeningEnglish + english + "\n", glossary: null);

        report.Source.Excluded.ShouldBeEmpty();
        report.Target.Excluded.ShouldBeEmpty();
        report.Findings.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("법원은 저작권자의 허락 없는 영상 재배포는 금지된다고 판단했다.", "The court ruled that redistributing videos without the copyright holder's consent is prohibited.")]
    public void Should_keep_a_sentence_about_copyright(string korean, string english)
    {
        var report = CheckRun.Of(Opening + korean + "\n", OpeningEnglish + english + "\n", glossary: null);

        report.Source.Excluded.ShouldBeEmpty();
        report.Target.Excluded.ShouldBeEmpty();
        report.Findings.ShouldBeEmpty();
    }

    [Fact]
    public void Should_keep_a_subheading_between_two_advertisements()
    {
        const string korean = "한-캐나다 외교장관이 2일 서울에서 회담을 열었다.\n\n3월 회담 재개\n\n두 장관은 인태 지역의 안보 협력을 강화하기로 합의했다.\n";
        const string english = "The Korea-Canada foreign ministers held talks in Seoul on the 2nd.\n\nAdvertisement\n\nTalks to resume in March\n\nAdvertisement\n\nThe two ministers agreed to strengthen security cooperation in the Indo-Pacific region.\n";

        var report = CheckRun.Of(korean, english, glossary: null);

        report.Target.Sentences.ShouldContain(s => s.Text == "Talks to resume in March");
        report.Findings.ShouldNotContain(f => f.Check == "accuracy.omission");
    }
}
