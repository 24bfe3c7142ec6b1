namespace Alignment.Core.Tests.Alignment;

/// <summary>Stories of ten sentences each on unrelated subjects, written for these tests: no one is the other's translation.</summary>
internal static class UnrelatedStories
{
    public const string KoreanFootball =
        """
        프로축구 울산이 8일 울산문수경기장에서 열린 K리그1 35라운드 홈경기에서 포항을 3-1로 꺾었다.
        울산은 전반 12분 코너킥 상황에서 수비수의 헤더로 선제골을 넣었다.
        포항은 후반 시작과 함께 공격수 두 명을 교체 투입하며 반격에 나섰다.
        동점골은 후반 9분 페널티킥으로 나왔다.
        그러나 울산은 후반 30분과 추가시간에 연속 골을 터뜨리며 승부를 갈랐다.
        이날 승리로 울산은 승점 68을 기록하며 리그 선두를 지켰다.
        2위 강원과의 승점 차는 5로 벌어졌다.
        울산 감독은 경기 후 기자회견에서 "선수들이 끝까지 집중력을 잃지 않았다"고 말했다.
        포항은 최근 네 경기에서 승리를 거두지 못했다.
        두 팀은 다음 달 코리아컵 결승에서 다시 맞붙는다.

        """;

    public const string KoreanWeather =
        """
        기상청은 내일 전국이 대체로 흐리고 오후부터 비가 오겠다고 밝혔다.
        예상 강수량은 남해안과 제주도에 10~40㎜, 그 밖의 지역에 5~20㎜다.
        아침 최저기온은 영하 2도에서 영상 9도로 평년보다 조금 높겠다.
        낮 최고기온은 8도에서 15도로 예보됐다.
        비가 그친 뒤에는 찬 바람이 불면서 기온이 크게 떨어지겠다.
        모레 아침에는 중부 내륙의 기온이 영하 5도 안팎까지 내려가겠다.
        동해 먼바다에는 물결이 최대 4m로 높게 일겠다.
        기상청은 해안 지역에 강풍 예비특보를 발표했다.
        미세먼지 농도는 대기 확산이 원활해 전 권역에서 '좋음' 수준을 보이겠다.
        주말에는 다시 맑은 날씨가 이어지겠다.

        """;

    public const string EnglishExports =
        """
        South Korea's exports rose 4.6 percent on-year in October, helped by strong demand for memory chips, the trade ministry said Friday.
        Outbound shipments reached 57.5 billion dollars, the highest for the month on record.
        Imports fell 1.7 percent to 54.4 billion dollars as energy prices eased.
        The country posted a trade surplus for the 17th straight month.
        Semiconductor exports jumped 40 percent to 12.5 billion dollars.
        Car exports, however, declined as automakers cut production for factory upgrades.
        Shipments to China, the largest market, grew for the fifth month in a row.
        Exports to the United States also hit a new high for October.
        The ministry expects the trend to continue through the end of the year despite global uncertainty.
        Economists warned that a slowing Chinese economy could weigh on demand next year.

        """;

    public const string EnglishMuseum =
        """
        The national museum will open a new gallery of ancient ceramics in the spring, its director announced on Tuesday.
        About 300 pieces from private collections will be shown to the public for the first time.
        The gallery was designed by a young architect who won an open competition two years ago.
        Visitors will be able to see how potters fired their kilns centuries ago.
        A short film made with local artists will play at the entrance.
        Admission will be free during the first month.
        The museum also plans evening tours for families on weekends.
        School groups can book guided visits through its website.
        Officials hope the gallery will draw more foreign tourists to the city.
        The director said the project took almost a decade of research.

        """;
}
