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

    [Fact]
    public void Should_keep_the_first_of_one_checks_findings_on_the_same_source_words_and_overlapping_english()
    {
        var bySurname = New("terminology.name", segment: 3, source: (57, 60), target: (115, 118));
        var byFullName = New("terminology.name", segment: 3, source: (57, 60), target: (115, 126));

        FindingDeduplicator.Deduplicate([bySurname, byFullName]).ShouldBe([bySurname]);
    }

    [Theory]
    [InlineData("terminology.name", 57, 60, 130, 140)]
    [InlineData("terminology.name", 50, 56, 115, 126)]
    [InlineData("accuracy.number", 57, 60, 115, 126)]
    public void Should_keep_findings_of_other_words_or_another_check(string check, int sourceStart, int sourceEnd, int targetStart, int targetEnd)
    {
        var first = New("terminology.name", segment: 3, source: (57, 60), target: (115, 118));
        var other = New(check, segment: 3, source: (sourceStart, sourceEnd), target: (targetStart, targetEnd));

        FindingDeduplicator.Deduplicate([first, other]).ShouldBe([first, other]);
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
