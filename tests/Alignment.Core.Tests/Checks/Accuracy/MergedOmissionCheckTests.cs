using Alignment.Core.Findings;
using Alignment.Core.Tests.Support;

namespace Alignment.Core.Tests.Checks.Accuracy;

/// <summary>accuracy.omission (merged): a dropped Korean sentence the aligner joined to its neighbour's pair.</summary>
public sealed class MergedOmissionCheckTests
{
    private const string Check = "accuracy.omission";

    private const string Korean =
        "24일 오전 충주시 중부내륙고속도로에서 차량 7대가 잇따라 부딪쳤다.\n" +
        "이 사고로 승용차 운전자 A(54)씨와 동승자 B(51)씨 등 2명이 숨지고 9명이 다쳤다. 부상자 가운데 3명은 중상을 입고 인근 대학병원으로 옮겨졌다.\n" +
        "소방 당국은 사고 직후 소방대원 45명과 장비 18대를 현장에 투입했다.\n";

    private const string Dropped = "부상자 가운데 3명은 중상을 입고 인근 대학병원으로 옮겨졌다.";

    [Fact]
    public void Should_report_a_dropped_sentence_the_pair_beside_it_took_in()
    {
        const string english =
            "Seven vehicles crashed into one another on the Jungbu Naeryuk Expressway in Chungju on the morning of the 24th.\n" +
            "Two people, a car driver identified as A (54) and a passenger identified as B (51), were killed and nine others were injured.\n" +
            "Fire authorities deployed 45 firefighters and 18 pieces of equipment to the scene immediately after the accident.\n";

        var finding = CheckRun.Findings(Korean, english, Check).Where(f => f.Severity == Severity.Major).ShouldHaveSingleItem();

        Korean[finding.SourceStart!.Value..finding.SourceEnd!.Value].ShouldBe(Dropped);
    }

    [Fact]
    public void Should_leave_a_sentence_whose_figures_the_english_gives()
    {
        const string english =
            "Seven vehicles crashed into one another on the Jungbu Naeryuk Expressway in Chungju on the morning of the 24th.\n" +
            "Two people, a car driver identified as A (54) and a passenger identified as B (51), were killed and nine others were injured, three of them seriously.\n" +
            "Fire authorities deployed 45 firefighters and 18 pieces of equipment to the scene immediately after the accident.\n";

        CheckRun.Findings(Korean, english, Check).ShouldNotContain(f => f.Severity == Severity.Major);
    }
}
