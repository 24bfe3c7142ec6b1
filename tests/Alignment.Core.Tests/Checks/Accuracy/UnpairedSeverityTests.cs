using Alignment.Core.Alignment;
using Alignment.Core.Checks.Accuracy;
using Alignment.Core.Findings;

namespace Alignment.Core.Tests.Checks.Accuracy;

/// <summary>The grading rule itself, over hand-built bead lists: lone and short, or beside the other kind, is minor.</summary>
public sealed class UnpairedSeverityTests
{
    private static readonly Bead Pair = new([0], [0], 0.6);
    private static readonly Bead Omission = new([1], [], 0);
    private static readonly Bead Addition = new([], [1], 0);

    [Theory]
    [InlineData(29, Severity.Minor)]
    [InlineData(30, Severity.Major)]
    [InlineData(120, Severity.Major)]
    public void Should_grade_a_lone_omission_by_its_korean_length(int length, Severity expected)
    {
        UnpairedSeverity.Of([Pair, Omission, Pair], 1, 1, length, isSource: true).ShouldBe(expected);
    }

    [Theory]
    [InlineData(59, Severity.Minor)]
    [InlineData(60, Severity.Major)]
    public void Should_grade_a_lone_addition_by_its_english_length(int length, Severity expected)
    {
        UnpairedSeverity.Of([Pair, Addition, Pair], 1, 1, length, isSource: false).ShouldBe(expected);
    }

    [Fact]
    public void Should_grade_a_run_of_short_sentences_major()
    {
        UnpairedSeverity.Of([Pair, Omission, Omission, Pair], 1, 2, 30, isSource: true).ShouldBe(Severity.Major);
        UnpairedSeverity.Of([Pair, Addition, Addition, Addition], 1, 3, 60, isSource: false).ShouldBe(Severity.Major);
    }

    [Fact]
    public void Should_grade_a_long_run_beside_the_other_kind_minor()
    {
        UnpairedSeverity.Of([Pair, Omission, Omission, Addition, Pair], 1, 2, 200, isSource: true).ShouldBe(Severity.Minor);
        UnpairedSeverity.Of([Pair, Omission, Addition, Pair], 2, 2, 300, isSource: false).ShouldBe(Severity.Minor);
        UnpairedSeverity.Of([Addition, Omission], 0, 0, 300, isSource: false).ShouldBe(Severity.Minor);
    }

    [Fact]
    public void Should_not_count_an_unpaired_run_of_the_same_kind_as_the_other_kind()
    {
        UnpairedSeverity.Of([Omission, Pair, Omission], 2, 2, 100, isSource: true).ShouldBe(Severity.Major);
        UnpairedSeverity.Of([Pair, Omission], 1, 1, 100, isSource: true).ShouldBe(Severity.Major);
    }
}
