using Alignment.Core.Findings;

namespace Alignment.Core.Tests.Findings;

/// <summary>A bare "term missing" finding is dropped only when a finding that points into the English covers its source words.</summary>
public sealed class FindingDeduplicatorTests
{
    private static readonly Finding Transliteration = New("terminology.transliteration", segment: 1, source: (0, 3), target: (4, 13));

    [Theory]
    [InlineData(0, 3)]
    [InlineData(1, 3)]
    [InlineData(1, 2)]
    public void Should_drop_a_glossary_finding_inside_another_findings_source_span(int start, int end)
    {
        var glossary = New("terminology.glossary", segment: 1, source: (start, end), target: null);

        FindingDeduplicator.Deduplicate([glossary, Transliteration]).ShouldBe([Transliteration]);
    }

    [Theory]
    [InlineData(0, 4)]
    [InlineData(2, 5)]
    [InlineData(5, 8)]
    public void Should_keep_a_glossary_finding_reaching_outside_the_other_span(int start, int end)
    {
        var glossary = New("terminology.glossary", segment: 1, source: (start, end), target: null);

        FindingDeduplicator.Deduplicate([glossary, Transliteration]).ShouldBe([glossary, Transliteration]);
    }

    [Fact]
    public void Should_keep_a_glossary_finding_of_another_segment()
    {
        var glossary = New("terminology.glossary", segment: 2, source: (0, 3), target: null);

        FindingDeduplicator.Deduplicate([glossary, Transliteration]).ShouldBe([glossary, Transliteration]);
    }

    [Fact]
    public void Should_keep_a_glossary_finding_when_the_other_finding_has_no_target_span()
    {
        var glossary = New("terminology.glossary", segment: 1, source: (0, 3), target: null);
        var partial = New("accuracy.omission", segment: 1, source: (0, 40), target: null);

        FindingDeduplicator.Deduplicate([glossary, partial]).ShouldBe([glossary, partial]);
    }

    [Fact]
    public void Should_keep_findings_that_point_into_the_english()
    {
        var forbidden = New("terminology.forbidden", segment: 1, source: (0, 3), target: (4, 13));
        var addition = New("accuracy.addition", segment: 1, source: null, target: (20, 60));

        FindingDeduplicator.Deduplicate([forbidden, Transliteration, addition]).ShouldBe([forbidden, Transliteration, addition]);
    }

    private static Finding New(string check, int segment, (int Start, int End)? source, (int Start, int End)? target) => new()
    {
        Document = "doc",
        Segment = segment,
        Check = check,
        Severity = Severity.Major,
        Message = check,
        SourceStart = source?.Start,
        SourceEnd = source?.End,
        TargetStart = target?.Start,
        TargetEnd = target?.End,
    };
}
