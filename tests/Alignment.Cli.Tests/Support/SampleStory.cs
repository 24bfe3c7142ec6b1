namespace Alignment.Cli.Tests.Support;

/// <summary>A short Korean story and its English, written for these tests.</summary>
internal static class SampleStory
{
    public const string Korean = "정부, 청년 일자리 3만 개 창출 계획 발표\n\n[서울=뉴시스]박서연 기자 = 정부는 올해 청년 일자리 3만 개를 새로 만들겠다고 5일 밝혔다.\n\n고용노동부는 이를 위해 예산 1조2천억 원을 투입한다.\n";

    public const string English = "Government unveils plan to create 30,000 jobs for young people\n\nThe government said on the 5th that it will create 30,000 new jobs for young people this year.\n\nThe Ministry of Employment and Labor will spend 1.2 trillion won on the plan.\n";
}
