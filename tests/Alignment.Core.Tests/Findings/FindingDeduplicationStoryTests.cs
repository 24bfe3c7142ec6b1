using Alignment.Core.Findings;
using Alignment.Core.Pipeline;
using Alignment.Core.Tests.Support;
using Alignment.Core.Text;

namespace Alignment.Core.Tests.Findings;

/// <summary>Deduplication in a whole run: Gukbangbu for 국방부 is one problem, shown by the check that can point at it.</summary>
public sealed class FindingDeduplicationStoryTests
{
    private const string Glossary = "source,target,forbidden,note\n국방부,Ministry of National Defense|Defense Ministry,,\n";
    private const string Korean = "국방부는 2일 북한의 미사일 발사를 강하게 규탄했다.\n";
    private const string English = "The Gukbangbu strongly condemned North Korea's missile launch on the 2nd.\n";

    [Fact]
    public void Should_keep_only_the_transliteration_finding()
    {
        Run(skip: []).Select(f => f.Check).ShouldBe(["terminology.transliteration"]);
    }

    [Fact]
    public void Should_keep_the_glossary_finding_when_nothing_else_covers_it()
    {
        var finding = Run(skip: ["terminology.transliteration"]).ShouldHaveSingleItem();

        finding.Check.ShouldBe("terminology.glossary");
        finding.TargetStart.ShouldBeNull();
        Korean.Substring(finding.SourceStart!.Value, finding.SourceEnd!.Value - finding.SourceStart.Value).ShouldBe("국방부");
    }

    [Fact]
    public void Should_keep_only_the_untranslated_finding_for_a_term_left_in_hangul()
    {
        var findings = Run(skip: [], english: "The 국방부 strongly condemned North Korea's missile launch on the 2nd.\n");

        var finding = findings.ShouldHaveSingleItem();
        finding.Check.ShouldBe("accuracy.untranslated");
        finding.Expected.ShouldBe("Ministry of National Defense");
    }

    [Fact]
    public void Should_keep_both_findings_when_the_hangul_left_is_another_word()
    {
        var findings = Run(skip: [], english: "The 북한 strongly condemned North Korea's missile launch on the 2nd.\n");

        findings.Select(f => f.Check).Order(StringComparer.Ordinal).ShouldBe(["accuracy.untranslated", "terminology.glossary"]);
    }

    private static IReadOnlyList<Finding> Run(HashSet<string> skip, string english = English)
    {
        using var temp = new TempFolder();
        var pipeline = CheckPipeline.Create(new PipelineOptions { GlossaryFiles = [temp.Write("glossary.csv", Glossary)], SkipChecks = skip });
        return pipeline.Check("doc", SourceText.FromString(Korean, "source.ko.txt"), SourceText.FromString(english, "target.en.txt")).Findings;
    }
}
