using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Terminology;

/// <summary>
/// terminology.glossary and second mentions: once the English has named an institution in full, "the ministry" or
/// "the city's" may stand for it; a first mention, or a head the term does not have, is still a missing rendering.
/// </summary>
public sealed class GlossaryTermAnaphoraTests
{
    private const string Check = "terminology.glossary";
    private const string Glossary = "source,target,forbidden,note\n환경부,Ministry of Environment|Environment Ministry,,\n광주시,Gwangju,,\n제주,Jeju,,\n공동성명,joint statement,,\n";

    [Theory]
    [InlineData("환경부는 녹조 경보를 발령했다.\n환경부는 기온이 높았다고 분석했다.\n", "The Ministry of Environment issued an algae alert.\nThe ministry said temperatures had been high.\n")]
    [InlineData("환경부는 녹조 경보를 발령했다.\n환경부 대변인은 기온이 높았다고 말했다.\n", "The Ministry of Environment issued an algae alert.\nTemperatures had been high, ministry spokesperson Kim Min-ji said.\n")]
    [InlineData("광주시는 청년 월세를 지원한다.\n신청은 광주시 누리집에서 할 수 있다.\n", "Gwangju will support young renters.\nApplications can be made on the city's website.\n")]
    [InlineData("제주도는 감귤 수확을 시작했다.\n제주도는 수입이 늘 것으로 내다봤다.\n", "Jeju Province began its tangerine harvest.\nThe province expects income to rise.\n")]
    [InlineData("양국은 공동성명에 서명했다.\n양국은 공동성명에서 협력을 약속했다.\n", "The two countries signed a joint statement.\nIn the statement, they pledged cooperation.\n")]
    public void Should_accept_a_second_mention_by_its_head_noun(string korean, string english)
    {
        CheckRun.Of(korean, english, Glossary).Findings.ShouldNotContain(f => f.Check == Check);
    }

    [Theory]
    [InlineData("환경부는 기온이 높았다고 분석했다.\n", "The ministry said temperatures had been high.\n")]
    [InlineData("환경부는 녹조 경보를 발령했다.\n환경부는 기온이 높았다고 분석했다.\n", "The Ministry of Environment issued an algae alert.\nThe agency said temperatures had been high.\n")]
    [InlineData("광주시는 청년 월세를 지원한다.\n신청은 광주시 누리집에서 할 수 있다.\n", "Gwangju will support young renters.\nApplications can be made on the Daegu website.\n")]
    [InlineData("제주도는 감귤 수확을 시작했다.\n제주도는 수입이 늘 것으로 내다봤다.\n", "Jeju Province began its tangerine harvest.\nThe city expects income to rise.\n")]
    [InlineData("양국은 공동성명에서 협력을 약속했다.\n", "In the statement, they pledged cooperation.\n")]
    public void Should_report_a_first_mention_or_another_head(string korean, string english)
    {
        CheckRun.Of(korean, english, Glossary).Findings.ShouldContain(f => f.Check == Check);
    }
}
