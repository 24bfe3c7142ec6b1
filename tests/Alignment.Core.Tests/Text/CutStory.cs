namespace Alignment.Core.Tests.Text;

/// <summary>A story that names its subject several times, for cutting at a width inside words.</summary>
internal static class CutStory
{
    public const string Korean = """
        한-캐나다 외교장관 "인태 협력 강화"…공급망 대화 신설

        조태열 외교부 장관은 25일 서울에서 멜라니 졸리 캐나다 외교장관과 한-캐나다 외교장관회담을 열고 인도태평양 지역의 공급망 협력을 강화하기로 합의했다. 두 장관은 핵심 광물과 배터리 분야의 협력을 논의하기 위해 한-캐나다 공급망 대화를 새로 출범시키기로 했다. 조 장관은 회담에서 캐나다가 한국의 최대 핵심 광물 협력국 가운데 하나라고 강조했다. 졸리 장관은 양국이 인태 지역의 평화와 안정을 위해 긴밀히 협력해 나가자고 말했다.

        두 장관은 북한의 탄도미사일 발사와 북러 간 군사협력 심화에 깊은 우려를 표명했다. 양국은 내년 상반기 오타와에서 한-캐나다 외교·국방(2+2) 장관회의를 열기로 했다. 외교부는 이번 회담이 한-캐나다 포괄적 전략적 동반자 관계를 한층 심화하는 계기가 될 것이라고 밝혔다.

        """;

    public const string English = """
        Korea, Canada agree to boost Indo-Pacific ties, launch supply chain dialogue

        Foreign Minister Cho Tae-yul held talks with Canadian Foreign Minister Melanie Joly in Seoul on the 25th and agreed to strengthen supply chain cooperation in the Indo-Pacific region. The two ministers decided to launch a new Korea-Canada supply chain dialogue to discuss cooperation on critical minerals and batteries. Cho stressed that Canada was one of Korea's largest partners in critical minerals. Joly said the two countries should work closely together for peace and stability in the Indo-Pacific.

        The two ministers expressed deep concern over North Korea's ballistic missile launches and its deepening military cooperation with Russia. The two countries will hold a Korea-Canada foreign and defence (2+2) ministerial meeting in Ottawa in the first half of next year. The ministry said the talks would further deepen the Korea-Canada comprehensive strategic partnership.

        """;
}
