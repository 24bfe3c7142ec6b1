using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Terminology;

/// <summary>
/// terminology.glossary and second mentions: once the English has named an institution in full, "the ministry" or
/// "the city's" may stand for it; a first mention, or a head the term does not have, is still a missing rendering.
/// </summary>
public sealed class GlossaryTermAnaphoraTests
{
    private const string Check = "terminology.glossary";
    private const string Glossary = "source,target,forbidden,note\n환경부,Ministry of Environment|Environment Ministry,,\n광주시,Gwangju,,\n";

    [Theory]
    [InlineData("환경부는 녹조 경보를 발령했다.\n환경부는 기온이 높았다고 분석했다.\n", "The Ministry of Environment issued an algae alert.\nThe ministry said temperatures had been high.\n")]
    [InlineData("환경부는 녹조 경보를 발령했다.\n환경부 대변인은 기온이 높았다고 말했다.\n", "The Ministry of Environment issued an algae alert.\nTemperatures had been high, ministry spokesperson Kim Min-ji said.\n")]
    [InlineData("광주시는 청년 월세를 지원한다.\n신청은 광주시 누리집에서 할 수 있다.\n", "Gwangju will support young renters.\nApplications can be made on the city's website.\n")]
    public void Should_accept_a_second_mention_by_its_head_noun(string korean, string english)
    {
        CheckRun.Of(korean, english, Glossary).Findings.ShouldNotContain(f => f.Check == Check);
    }

    [Theory]
    [InlineData("환경부는 기온이 높았다고 분석했다.\n", "The ministry said temperatures had been high.\n")]
    [InlineData("환경부는 녹조 경보를 발령했다.\n환경부는 기온이 높았다고 분석했다.\n", "The Ministry of Environment issued an algae alert.\nThe agency said temperatures had been high.\n")]
    [InlineData("광주시는 청년 월세를 지원한다.\n신청은 광주시 누리집에서 할 수 있다.\n", "Gwangju will support young renters.\nApplications can be made on the Daegu website.\n")]
    public void Should_report_a_first_mention_or_another_head(string korean, string english)
    {
        CheckRun.Of(korean, english, Glossary).Findings.ShouldContain(f => f.Check == Check);
    }
}
