namespace Alignment.Core.Tests.Support;

/// <summary>A short Korea-Canada wire story and its faithful English, which the check tests spoil one way at a time.</summary>
internal static class Story
{
    public const string Korean =
        "[서울=뉴시스]김지훈 기자 = 한-캐나다 외교장관이 2일 서울에서 회담을 열었다. " +
        "두 장관은 인태 지역의 안보 협력을 강화하기로 합의했다. " +
        "양측은 양국 간 교역 규모를 2030년까지 200억 달러로 늘리고 핵심 광물 공급망 협력도 확대하기로 했다. " +
        "외교부는 회담 결과를 3일 발표할 예정이다.\n";

    public const string English =
        "[Seoul=Newsis] The Korea-Canada foreign ministers held talks in Seoul on the 2nd. " +
        "The two ministers agreed to strengthen security cooperation in the Indo-Pacific region. " +
        "The two sides also agreed to expand bilateral trade to $20 billion by 2030 and to widen cooperation on critical mineral supply chains. " +
        "The Foreign Ministry plans to announce the results on the 3rd.\n";

    public const string Glossary = """
        source,target,forbidden,note,severity
        인태,Indo-Pacific,Intae|Intai|In-Pacific,short for 인도태평양,major
        한-캐나다|한·캐나다,Korea-Canada|Canada-Korea,Korea-China,,critical
        외교부,Foreign Ministry|Ministry of Foreign Affairs,,,

        """;
}
