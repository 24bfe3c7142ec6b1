using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Accuracy;

/// <summary>accuracy.date: a day, month, year, weekday or clock time that contradicts the source, and only that.</summary>
public sealed class DateCheckTests
{
    private const string Check = "accuracy.date";

    [Theory]
    [InlineData("정상회담은 17일 열렸다.", "The summit was held on the 18th.", "18th", "17th", "")]
    [InlineData("회담은 11월 17일 열렸다.", "The talks were held on Nov. 18.", "18", "17th", "")]
    [InlineData("정상회담은 11월 열린다.", "The summit will be held in October this year.", "October", "November", "The summit will be held in November this year.")]
    [InlineData("회담은 2024년 열렸다.", "The talks were held in 2023.", "2023", "2024", "The talks were held in 2024.")]
    [InlineData("회담은 금요일 열렸다.", "The talks were held on Thursday.", "Thursday", "Friday", "The talks were held on Friday.")]
    [InlineData("울산은 28일(수) 포항과 맞붙는다.", "Ulsan will face Pohang on Thursday, the 28th.", "Thursday", "Wednesday", "Ulsan will face Pohang on Wednesday, the 28th.")]
    // Quarters and halves of the year (PeriodCheck).
    [InlineData("삼성전자는 1분기 영업이익이 6조원이라고 밝혔다.", "Samsung Electronics said its second-quarter operating profit was 6 trillion won.", "second", "first quarter", "Samsung Electronics said its first-quarter operating profit was 6 trillion won.")]
    [InlineData("양국은 내년 상반기 오타와에서 회의를 열기로 했다.", "The two sides agreed to meet in Ottawa in the second half of next year.", "second", "first half", "The two sides agreed to meet in Ottawa in the first half of next year.")]
    [InlineData("하반기 수출은 늘 전망이다.", "Exports are expected to rise in H1.", "1", "second half", "")]
    [InlineData("1/4분기 순이익이 늘었다.", "Net profit rose in Q2.", "2", "first quarter", "")]
    [InlineData("3분기 영업이익은 6조원이다.", "Operating profit for the April-June period was 6 trillion won.", "April-June", "third quarter", "")]
    [InlineData("올 시즌 전반기에 10승을 거뒀다.", "He won 10 games in the second half of the season.", "second", "first half", "He won 10 games in the first half of the season.")]
    // Parts of the day (DayPartCheck).
    [InlineData("조 장관은 7일 오후 도쿄에서 외무상과 회담한다.", "Cho will hold talks with the foreign minister in Tokyo on the morning of the 7th.", "morning", "afternoon", "Cho will hold talks with the foreign minister in Tokyo on the afternoon of the 7th.")]
    [InlineData("회의는 금요일 오전에 열린다.", "The meeting will be held on Friday evening.", "evening", "morning", "The meeting will be held on Friday morning.")]
    [InlineData("화재는 이날 새벽 발생했다.", "The fire broke out in the afternoon.", "afternoon", "dawn", "The fire broke out in the dawn.")]
    [InlineData("대통령은 저녁 만찬을 주재했다.", "The president hosted a dinner at noon.", "noon", "evening", "The president hosted a dinner at evening.")]
    [InlineData("사고는 밤 11시께 일어났다.", "The accident happened around 11 in the morning.", "morning", "night", "The accident happened around 11 in the night.")]
    [InlineData("해가 지자 수색 작업은 중단됐다.", "The search was suspended at dawn.", "dawn", "sunset", "The search was suspended at sunset.")]
    public void Should_report_a_date_that_contradicts_the_source(string korean, string english, string found, string expected, string suggestion)
    {
        var finding = CheckRun.Bare(korean, english, Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Major);
        finding.Found.ShouldBe(found);
        finding.Expected.ShouldBe(expected);
        finding.Suggestion.ShouldBe(suggestion);
        english.Substring(finding.TargetStart!.Value, finding.TargetEnd!.Value - finding.TargetStart.Value).ShouldBe(found);
    }

    [Theory]
    [InlineData("회의는 오후 3시 시작됐다.", "The meeting began at 3 a.m.", "3 a.m.", "15:00")]
    [InlineData("회의는 오후 3시 30분에 시작됐다.", "The meeting began at 3:30 a.m.", "3:30 a.m.", "15:30")]
    public void Should_report_the_wrong_half_of_the_day(string korean, string english, string found, string expected)
    {
        var finding = CheckRun.Bare(korean, english, Check).ShouldHaveSingleItem();

        finding.Found.ShouldBe(found);
        finding.Expected.ShouldBe(expected);
    }

    [Fact]
    public void Should_report_an_evening_time_for_a_stated_morning()
    {
        var finding = CheckRun.Bare("회의는 오전 9시에 시작됐다.", "The meeting began at 9 p.m.", Check).ShouldHaveSingleItem();

        finding.Found.ShouldBe("9 p.m.");
    }

    [Theory]
    [InlineData("정상회담은 17일 열렸다.", "The summit was held on Tuesday.")]
    [InlineData("정상회담은 17일 열렸다.", "The summit was held on the 17th.")]
    [InlineData("회담은 2024년 11월 17일 열렸다.", "The talks were held on Nov. 17, 2024.")]
    [InlineData("회의는 오후 3시 시작됐다.", "The meeting began at 3 p.m.")]
    [InlineData("회의는 오후 3시에 시작됐다.", "The meeting began at 15:00.")]
    [InlineData("회의는 3시에 시작됐다.", "The meeting began at 3 p.m.")]
    [InlineData("회의는 오후 3시 30분에 시작됐다.", "The meeting began at 3:30 p.m.")]
    [InlineData("회의는 17일간 이어졌다.", "The meeting, which opened on the 3rd, went on for 17 days.")]
    // Parts of the day the Korean allows (DayPartCheck).
    // Words that allow more than one English part.
    [InlineData("북한은 이날 새벽 미사일을 발사했다.", "North Korea fired a missile early in the morning.")]
    [InlineData("그는 오늘 밤 출국한다.", "He leaves the country tonight.")]
    [InlineData("밤사이 폭설이 내렸다.", "Heavy snow fell overnight.")]
    [InlineData("회담은 오후 늦게 끝났다.", "The talks ended in the early evening.")]
    // A phrase for the time of day, its verb going on as it will, beside a clock time of another part.
    [InlineData("날이 밝자 헬기 38대가 투입됐고, 주불은 6일 오후 2시 20분께 잡혔다.", "After daybreak, 38 helicopters were deployed, and the main blaze was contained at around 2:20 p.m. on the 6th.")]
    [InlineData("동이 트면서 수색이 재개됐다.", "The search resumed at first light in the morning.")]
    // Both parts said, in either order.
    [InlineData("오전 회의에 이어 오후에는 현장을 방문했다.", "After an afternoon site visit that followed the morning meeting, he left.")]
    // No part of the day in the Korean; a.m. and p.m. belong to clock times; 낮은 is "low".
    [InlineData("회담은 7일 열렸다.", "The talks were held on the morning of the 7th.")]
    [InlineData("회의는 오전 10시에 열린다.", "The meeting opens at 10 a.m.")]
    [InlineData("금리가 낮은 상태가 이어졌다.", "Rates stayed low through the night.")]
    // A name, and a clock set by a time zone.
    [InlineData("오후에 열린 회의에서 그는 발언했다.", "He spoke at the meeting held in the afternoon under the Morning Calm banner.")]
    [InlineData("경기는 한국시간 8일 오전 열린다.", "The game will be played on the night of the 7th, U.S. Eastern time, on the 8th in Korea.")]
    public void Should_accept_the_same_date_in_another_form(string korean, string english)
    {
        CheckRun.Bare(korean, english, Check).ShouldBeEmpty();
    }

    [Fact]
    public void Should_accept_a_weekday_the_english_adds_beside_the_right_one()
    {
        CheckRun.Bare(
            "회담은 금요일 끝났고 후속 협의는 다음 주에 열린다.",
            "The talks ended on Friday, and follow-up consultations will begin the following Monday.",
            Check).ShouldBeEmpty();
    }

    [Fact]
    public void Should_report_a_month_that_ends_the_sentence_without_its_full_stop()
    {
        var finding = CheckRun.Bare("정상회담은 11월 열린다.", "The summit will be held in October.", Check).ShouldHaveSingleItem();

        finding.Found.ShouldBe("October");
        finding.Suggestion.ShouldBe("The summit will be held in November.");
    }

    [Fact]
    public void Should_not_read_a_spaced_span_of_days_as_a_date()
    {
        CheckRun.Bare("회의는 17일 동안 이어졌다.", "The meeting, which opened on the 3rd, went on for 17 days.", Check).ShouldBeEmpty();
    }
}
