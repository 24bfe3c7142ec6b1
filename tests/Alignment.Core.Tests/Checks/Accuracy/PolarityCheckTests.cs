using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Accuracy;

/// <summary>accuracy.polarity: a direction reversed, against sentences that go both ways, negations and look-alikes.</summary>
public sealed class PolarityCheckTests
{
    private const string Check = "accuracy.polarity";

    [Theory]
    [InlineData("코스피는 외국인 매도세에 3% 넘게 급락했다.", "The Kospi jumped more than 3 percent on foreign selling.", "jumped", "급락", "a fall")]
    [InlineData("올해 감귤 생산량은 지난해보다 줄 것으로 보인다. 생산량은 지난해보다 줄고 가격은 오를 전망이다.", "Production is expected to fall from last year. Production is expected to increase from last year.", "increase", "줄고", "a fall")]
    [InlineData("수출은 전년 같은 달보다 12.4% 증가했다.", "Exports decreased 12.4 percent from a year earlier.", "decreased", "증가", "a rise")]
    [InlineData("가처분 신청이 법원에서 기각됐다.", "A court has granted the injunction request.", "granted", "기각", "rejection")]
    [InlineData("국회는 이날 본회의에서 개정안을 의결했다.", "The National Assembly voted down the revision at a plenary session.", "voted down", "의결", "approval")]
    [InlineData("정부는 외국인 관광객의 입국을 허용하기로 했다.", "The government decided to ban the entry of foreign tourists.", "ban", "허용", "approval")]
    [InlineData("한국은행은 기준금리를 0.25%포인트 인하했다.", "The Bank of Korea hiked its key rate by 0.25 percentage point.", "hiked", "인하", "a fall")]
    [InlineData("원·달러 환율이 1천470원을 넘어섰고, 코스피는 3% 넘게 급락했다.", "The won fell past 1,470 per dollar, while the Kospi jumped more than 3 percent.", "jumped", "급락", "a fall")]
    [InlineData("소비자물가 상승률은 1.7%로 전월보다 0.2%포인트 하락했다.", "Consumer price inflation stood at 1.7 percent, up 0.2 percentage point from the previous month.", "up", "하락", "a fall")]
    [InlineData("회사는 시설투자를 당초 계획보다 20% 늘렸다.", "The company set its facility investment 20 percent less than planned.", "percent less", "늘렸", "a rise")]
    [InlineData("재판부는 횡령 혐의에 대해 무죄를 선고했다.", "The court convicted him of embezzlement.", "convicted", "무죄", "not guilty")]
    [InlineData("안보 환경이 악화한 상황에서 계약이 체결됐다.", "The contract was signed amid the improving security environment.", "improving", "악화", "a worsening")]
    [InlineData("가입자 수는 20% 줄었고, 해지 건수도 늘고 있다.", "Subscribers fell 20 percent, and cancellations are falling too.", "falling", "늘고", "a rise")]
    [InlineData("원·달러 환율 상승이 수출기업 실적을 끌어올렸다.", "The won's strength against the dollar lifted exporters' earnings.", "won's strength", "상승", "the won's fall")]
    [InlineData("원·달러 환율은 12원 하락한 1천390원에 마감했다.", "The won fell 12 won to close at 1,390 per dollar.", "fell", "하락", "the won's rise")]
    [InlineData("원화 약세가 석 달째 이어졌다.", "The won strengthened for a third month.", "won strengthened", "원화 약세", "the won's fall")]
    [InlineData("제조업 취업자는 7만4천명 줄어 11개월 연속 감소했고, 건설업 취업자도 9만6천명 감소했다.", "Manufacturing jobs fell by 74,000, declining for an 11th month, and construction jobs increased by 96,000.", "increased", "감소", "a fall")]
    [InlineData("한은, 기준금리 연 2.50%로 3연속 동결", "BOK key rate cut to 2.50 pct for third straight time", "cut", "동결", "a hold")]
    [InlineData("금통위는 기준금리를 동결했지만 인하 가능성을 열어뒀다.", "The board cut the key rate and left the door open to another cut.", "cut", "동결", "a hold")]
    [InlineData("사망자는 9명으로 1년 전보다 3명 늘었다.", "Nine people died, down three from a year earlier.", "down", "늘었", "a rise")]
    [InlineData("코스피는 2.41% 내린 2,400에 마감했다.", "The KOSPI closed up 2.41 percent at 2,400.", "up", "내린", "a fall")]
    [InlineData("한국은행은 기준금리를 내렸다.", "The Bank of Korea raised its key rate.", "raised its key rate", "금리를 내렸", "a fall")]
    [InlineData("기상청은 태풍의 세력이 점차 약해질 것으로 내다봤다.", "The weather agency expected the typhoon to gradually strengthen.", "strengthen", "약해질", "a weakening or easing")]
    [InlineData("양국은 대북 제재를 강화하기로 했다.", "The two countries agreed to ease sanctions on North Korea.", "ease", "강화", "a strengthening")]
    [InlineData("캐나다는 대러 제재를 계속 유지할 것이라고 말했다.", "Canada said it would ease its sanctions on Russia.", "ease", "유지", "no change")]
    [InlineData("정부는 대출 규제를 완화했다.", "The government tightened lending rules.", "tightened", "완화", "a weakening or easing")]
    [InlineData("전기요금은 당분간 동결된다.", "Electricity rates will be raised for the time being.", "be raised", "동결", "a hold")]
    [InlineData("시내버스 요금은 동결됐다.", "City bus fares were also raised.", "were also raised", "동결", "a hold")]
    [InlineData("약을 복용한 환자는 인지 저하 속도가 27% 느렸다.", "Patients on the drug saw cognitive decline 27 percent faster.", "faster", "느렸", "a slowing")]
    [InlineData("경기 회복이 빨라졌다.", "The economic recovery slowed.", "slowed", "빨라졌", "a quickening")]
    [InlineData("앞서가던 25t 화물차가 속도를 줄이자 뒤따르던 차량들이 멈추지 못했다.", "When a 25-ton truck ahead sped up, the vehicles following it failed to stop.", "sped up", "속도를 줄", "a slowing")]
    // Success or failure.
    [InlineData("이수진 감독의 '겨울 항구'는 수상에 실패했다.", "Director Lee Su-jin's Winter Harbor won a prize.", "won a prize", "실패했", "failure")]
    [InlineData("발사는 성공했다.", "The launch failed.", "failed", "성공했", "success")]
    // Inside or outside a zone.
    [InlineData("일본 방위성도 미사일이 배타적경제수역(EEZ) 밖에 떨어진 것으로 추정된다고 발표했다.", "Japan's Defense Ministry said the missiles are believed to have fallen inside its exclusive economic zone (EEZ).", "inside", "밖에 떨어", "outside")]
    [InlineData("미사일은 EEZ 안에 떨어졌다.", "The missile fell outside the EEZ.", "outside", "안에 떨어", "inside")]
    // Above or below a mark.
    [InlineData("반면 사망자 수는 8만9천여 명으로 출생아 수를 웃돌았다.", "Deaths, however, came to about 89,000, falling short of births.", "falling short", "웃돌", "above")]
    [InlineData("이들은 매매가보다 높은 전세금을 받았다.", "They received jeonse deposits lower than the purchase prices.", "lower than", "보다 높", "above")]
    [InlineData("수출은 시장 예상치를 밑돌았다.", "Exports exceeded market expectations.", "exceeded", "밑돌", "below")]
    [InlineData("영업이익은 시장 평균 전망치인 2천780억원을 12%가량 웃돌았다.", "Operating profit fell short of the average market forecast of 278 billion won by about 12 percent.", "fell short", "웃돌", "above")]
    // Both ways on each side: each word by the thing it is about.
    [InlineData("수출은 5% 증가했지만 수입은 3% 감소했다.", "Imports rose 3 percent, while exports fell 5 percent.", "fell", "증가", "a rise")]
    [InlineData("반면 사측은 원자재 가격 상승과 신규 수주 감소를 이유로 3.2% 인상안을 고수하고 있다.", "Management, however, is sticking to its offer of a 3.2 percent raise, citing falling raw material prices and a decline in new orders.", "falling", "상승", "a rise")]
    // A place in a table: down one spot, up to second.
    [InlineData("반면 두산은 4연패에 빠지며 6위로 한 계단 내려앉았다.", "Doosan, on the other hand, fell into a four-game losing streak and climbed one spot to sixth place.", "climbed", "내려앉", "a fall")]
    [InlineData("LG는 이날 승리로 2위로 올라섰다.", "With the win, LG fell to second place.", "fell", "올라섰", "a rise")]
    // A gap widened or narrowed.
    [InlineData("리베라가 솔로 홈런을 보태 점수 차를 2점으로 벌렸다.", "Rivera added a solo home run to narrow the gap to two runs.", "narrow", "벌렸", "a rise")]
    [InlineData("야당은 격차를 3%포인트로 좁혔다.", "The opposition widened the gap to 3 percentage points.", "widened", "좁혔", "a fall")]
    public void Should_report_a_direction_reversed(string korean, string english, string found, string source, string expected)
    {
        var finding = CheckRun.Bare(korean, english, Check).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Major);
        finding.Found.ShouldBe(found);
        finding.Expected.ShouldBe(expected);
        english[finding.TargetStart!.Value..finding.TargetEnd!.Value].ShouldBe(found);
        korean[finding.SourceStart!.Value..finding.SourceEnd!.Value].ShouldBe(source);
    }

    [Theory]
    [InlineData("코스피는 3% 넘게 급락했다.", "The Kospi plunged more than 3 percent.")]
    [InlineData("코스피는 3% 넘게 급락했다.", "The Kospi was down 3.1 percent.")]
    [InlineData("법원은 원고 패소 판결을 내렸고, 회사 주가는 5% 올랐다.", "The court ruled against the plaintiff, and the company's shares rose 5 percent.")]
    [InlineData("50㎜의 비가 내렸지만 기온은 30도까지 올랐다.", "Temperatures rose to 30 degrees even after 50 mm of rain.")]
    [InlineData("회사는 올해 매출 1조원을 올렸고 영업이익도 10% 늘었다.", "The company posted sales of 1 trillion won this year, and operating profit rose 10 percent.")]
    [InlineData("원·달러 환율은 9.8원 오른 1천472.3원에 마감했다.", "The won fell 9.8 won to close at 1,472.3 per dollar.")]
    [InlineData("물가는 하락하지 않았다.", "Prices did not rise.")]
    [InlineData("지수는 반등에 실패했다.", "The index fell again.")]
    [InlineData("적자 폭이 크게 줄었다.", "The deficit narrowed sharply.")]
    [InlineData("그는 인상적인 연설을 했다.", "He gave a speech that cut to the heart of the matter.")]
    [InlineData("반대로 수입은 늘었다.", "Imports, by contrast, rose.")]
    [InlineData("법안에 반대하는 여론이 높아졌다.", "Opposition to the bill has risen.")]
    [InlineData("법안은 국회를 통과했다.", "The bill passed the National Assembly.")]
    [InlineData("지지율은 하락했다.", "His approval rating fell.")]
    [InlineData("청년 실업률이 낮아졌다.", "Youth unemployment dropped.")]
    [InlineData("그는 가처분 신청을 냈다.", "He fell ill after filing the request.")]
    [InlineData("소비자물가 상승률은 1.7%로 전월보다 0.2%포인트 하락했다.", "Consumer price inflation stood at 1.7 percent, down 0.2 percentage point from the previous month.")]
    [InlineData("노조원 58.3%가 찬성해 가결됐다.", "The deal was approved, with 58.3 percent voting for it.")]
    [InlineData("매출은 1조원으로 늘었다.", "Sales grew to 1 trillion won, more than 20 percent of the market.")]
    [InlineData("재판부는 횡령 혐의에 대해 무죄를 선고했다.", "The court found him not guilty of embezzlement.")]
    [InlineData("재판부는 횡령 혐의에 대해 무죄를 선고했다.", "The court acquitted him of embezzlement.")]
    [InlineData("경기가 회복됐지만 고용은 악화했다.", "The economy recovered, but employment worsened.")]
    [InlineData("가입자 수는 20% 줄었고, 해지 건수는 늘고 있다.", "Cancellations are rising, while subscribers fell 20 percent.")]
    [InlineData("가입자 수는 20% 줄었고, 해지 건수는 늘고 있다.", "Subscribers fell 20 percent.")]
    [InlineData("원·달러 환율 상승이 수출기업 실적을 끌어올렸다.", "The won's weakness against the dollar lifted exporters' earnings.")]
    [InlineData("원·달러 환율은 12원 하락한 1천390원에 마감했다.", "The won rose 12 won to close at 1,390 per dollar.")]
    [InlineData("원·달러 환율은 12원 하락한 1천390원에 마감했다.", "The won-dollar exchange rate fell 12 won to 1,390.")]
    [InlineData("원화 약세가 석 달째 이어졌다.", "A weaker won persisted for a third month.")]
    [InlineData("엔화 약세로 일본 여행객이 늘었다.", "More travelers went to Japan as the yen weakened, with the won rising against it.")]
    [InlineData("수출은 5% 감소했다.", "Exports fell 5 percent, reversing last year's rise.")]
    [InlineData("제조업 취업자는 7만4천명 줄어 11개월 연속 감소했다.", "Manufacturing jobs fell by 74,000, declining for an 11th month after a brief increase.")]
    [InlineData("한은, 기준금리 연 2.50%로 3연속 동결", "BOK keeps key rate unchanged at 2.50 pct for third straight time")]
    [InlineData("금통위는 기준금리를 동결했지만 인하 가능성을 열어뒀다.", "The board held the key rate but left the door open to a cut.")]
    [InlineData("한은은 기준금리를 동결하며 시장의 인하 기대를 꺾었다.", "The BOK held its rate, dashing hopes for a cut.")]
    [InlineData("수출이 5% 늘었다.", "Exports held up, rising 5 percent.")]
    [InlineData("수출이 5% 늘었다.", "Exports rose 5 percent, the ministry said at a briefing it held.")]
    [InlineData("그는 상 2개를 받아 순위가 올랐다.", "He picked up two awards, and his ranking rose.")]
    [InlineData("사망자는 9명으로 1년 전보다 3명 늘었다.", "Nine people died, up three from a year earlier.")]
    [InlineData("양국은 협력을 강화하기로 했다.", "The two countries agreed to boost cooperation to ease tensions.")]
    [InlineData("양국은 우려를 해소하고 협력을 강화하기로 했다.", "The two countries agreed to ease concerns and expand cooperation.")]
    [InlineData("정부는 대출 규제를 완화했다.", "The government eased lending rules.")]
    [InlineData("강화도 주민들이 대피했다.", "Residents of Ganghwa Island, where the storm weakened, evacuated.")]
    [InlineData("원화 약세가 이어졌다.", "The won weakened further.")]
    [InlineData("수출 감소로 우려가 제기됐다.", "Concerns were raised as exports fell.")]
    [InlineData("전기요금은 당분간 동결된다.", "Electricity rates will be frozen for the time being.")]
    [InlineData("약을 복용한 환자는 인지 저하 속도가 27% 느렸다.", "Patients on the drug saw cognitive decline 27 percent slower.")]
    [InlineData("리베라가 솔로 홈런을 보태 점수 차를 2점으로 벌렸다.", "Rivera added a solo home run to widen the gap to two runs.")]
    [InlineData("두 후보의 지지율 차이가 벌어졌다.", "The gap between the two candidates' approval ratings widened.")]
    [InlineData("반면 사망자 수는 8만9천여 명으로 출생아 수를 웃돌았다.", "Deaths, however, came to about 89,000, exceeding births.")]
    [InlineData("수출은 시장 예상치를 밑돌았다.", "Exports fell short of market expectations.")]
    [InlineData("일본 방위성도 미사일이 배타적경제수역(EEZ) 밖에 떨어진 것으로 추정된다고 발표했다.", "Japan's Defense Ministry said the missiles are believed to have fallen outside its exclusive economic zone (EEZ).")]
    [InlineData("이수진 감독의 '겨울 항구'는 수상에 실패했다.", "Director Lee Su-jin's Winter Harbor failed to win a prize.")]
    [InlineData("성공률은 3%에 그쳤다.", "Only 3 percent of attempts succeeded, and the rest failed.")]
    // 밖에 with a negative is "only".
    [InlineData("남은 시간은 1분밖에 없었다.", "Only a minute was left inside the stadium.")]
    [InlineData("올해 관객은 지난해보다 적은 1천여 명이었다.", "This year's audience was more than 1,000, fewer than last year.")]
    // 벌였다 stages an event, and 벌어졌다 alone says something happened: neither is a gap.
    [InlineData("노조는 본사 앞에서 시위를 벌였다.", "Prices fell as the union staged a protest in front of the headquarters.")]
    [InlineData("현장에서는 몸싸움이 벌어졌다.", "Scuffles broke out at the scene as support fell.")]
    [InlineData("경기 둔화가 이어졌다.", "The economic slowdown continued.")]
    // Falling into a slump is a fall on both sides.
    [InlineData("반면 두산은 4연패에 빠지며 6위로 한 계단 내려앉았다.", "Doosan, on the other hand, fell into a four-game losing streak and dropped one spot to sixth place.")]
    [InlineData("수출은 시장 전망치를 웃돌았다.", "Exports beat market forecasts.")]
    [InlineData("반면 사측은 원자재 가격 상승과 신규 수주 감소를 이유로 3.2% 인상안을 고수하고 있다.", "Management, however, is sticking to its offer of a 3.2 percent raise, citing rising raw material prices and a decline in new orders.")]
    [InlineData("서울 아파트값 0.3% 올라 7주 연속 상승…전셋값은 하락 전환", "Seoul apartment prices up 0.3 percent, rising for seventh straight week; jeonse prices turn lower")]
    [InlineData("이라크 대통령 평의회의 반대에도 불구하고 이라크 의회가 가결한 선거법에 항의하는 집회가 열렸다.", "Kurds gathered to protest an election law that the Iraqi parliament passed, despite opposition from the Iraqi presidency council.")]
    [InlineData("앞서가던 25t 화물차가 속도를 줄이자 뒤따르던 차량들이 멈추지 못했다.", "When a 25-ton truck ahead slowed down, the vehicles following it failed to stop.")]
    public void Should_leave_a_direction_kept_or_not_comparable(string korean, string english)
    {
        CheckRun.Bare(korean, english, Check).ShouldBeEmpty();
    }
}
