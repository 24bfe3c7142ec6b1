using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Accuracy;

/// <summary>accuracy.number (units): the figure kept and its unit changed, against conversions and units kept.</summary>
public sealed class NumberUnitCheckTests
{
    private const string Check = "accuracy.number";

    [Theory]
    [InlineData("당진에는 318.5㎜의 비가 내렸다.", "Rainfall reached 318.5 centimeters in Dangjin.", "centimeters", "mm")]
    [InlineData("사거리는 1만5천㎞ 안팎이다.", "It has a range of around 15,000 miles.", "miles", "km")]
    [InlineData("열차는 시속 약 110㎞로 달리고 있었다.", "The train was slowing to about 110 miles per hour.", "miles per hour", "kph")]
    [InlineData("낮 기온이 35℃까지 올랐다.", "Daytime temperatures rose to 35 degrees Fahrenheit.", "degrees Fahrenheit", "C")]
    [InlineData("산림 약 250㏊가 불에 탔다.", "About 250 acres of forest burned.", "acres", "hectares")]
    [InlineData("면적은 12㎢에 이른다.", "It covers 12 square miles.", "square miles", "square kilometers")]
    [InlineData("전용면적 84㎡ 아파트가 팔렸다.", "An 84-square-foot apartment was sold.", "square-foot", "square meters")]
    [InlineData("선수는 결승선을 약 30m 남기고 추월했다.", "She overtook them with about 30 yards to go.", "yards", "m")]
    [InlineData("전용면적 84㎡ 아파트가 팔렸다.", "An apartment of 84 square\u00A0feet was sold.", "square\u00A0feet", "square meters")]
    [InlineData("전셋값은 35주 만에 하락했다.", "Jeonse prices fell for the first time in 35 months.", "months", "weeks")]
    [InlineData("그는 징역 2년을 선고받았다.", "He was sentenced to two months in prison.", "months", "years")]
    [InlineData("공사는 24시간 이어졌다.", "The work went on for 24 weeks.", "weeks", "hours")]
    public void Should_report_a_figure_kept_in_another_unit(string korean, string english, string found, string expected)
    {
        var finding = CheckRun.Bare(korean, english, Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Major);
        finding.Found.ShouldBe(found);
        finding.Expected.ShouldBe(expected);
        english[finding.TargetStart!.Value..finding.TargetEnd!.Value].ShouldBe(found);
    }

    [Theory]
    [InlineData("열차는 시속 110㎞로 달렸다.", "The train ran at 68 mph.")]
    [InlineData("열차는 시속 110㎞로 달렸다.", "The train ran at 110 kph.")]
    [InlineData("열차는 시속 110㎞로 달렸다.", "The train ran at 110 kilometers per hour.")]
    [InlineData("그는 자유형 200m에서 우승했다.", "He won the 200m freestyle.")]
    [InlineData("낮 기온이 35℃까지 올랐다.", "Daytime temperatures rose to 35 C.")]
    [InlineData("낮 기온이 35℃까지 올랐다.", "Daytime temperatures rose to 95 degrees Fahrenheit.")]
    [InlineData("전용면적 84㎡ 아파트가 팔렸다.", "An apartment of 84 square meters was sold.")]
    [InlineData("전용면적 84㎡ 아파트가 팔렸다.", "An 84-square-meter apartment was sold.")]
    [InlineData("길이는 5㎞다.", "It is 5 kilo-meters long.")]
    [InlineData("5G 가입자는 3천만 명이다.", "5G subscribers number 30 million.")]
    [InlineData("쌀 10㎏ 값이 올랐다.", "The price of 10 kilograms of rice rose.")]
    [InlineData("산림 약 250㏊가 불에 탔다.", "About 250 hectares of forest burned.")]
    [InlineData("산림 약 250㏊가 불에 탔다.", "About 618 acres of forest burned.")]
    [InlineData("선수는 결승선을 약 30m 남기고 추월했다.", "She overtook them with about 33 yards to go.")]
    [InlineData("면적은 12㎢에 이른다.", "It covers 12 square kilometers.")]
    [InlineData("하루 5㎎을 복용한다.", "Patients take 5 mg a day.")]
    [InlineData("전셋값은 35주 만에 하락했다.", "Jeonse prices fell for the first time in 35 weeks.")]
    [InlineData("그는 2년간 일했다.", "He worked for 24 months.")]
    [InlineData("회사는 자사주 100만 주를 매입했다.", "The company bought back 1 million shares.")]
    public void Should_leave_a_unit_kept_or_converted(string korean, string english)
    {
        CheckRun.Bare(korean, english, Check).ShouldBeEmpty();
    }
}
