using Alignment.Core.Alignment;

namespace Alignment.Core.Tests.Alignment;

public sealed class RunUnionsTests
{
    private static readonly RunUnions<int> Unions = new([[1, 4, 9], [2, 4], [], [0, 9, 12]]);

    [Theory]
    [InlineData(0, 1, new[] { 1, 4, 9 })]
    [InlineData(0, 2, new[] { 1, 2, 4, 9 })]
    [InlineData(1, 4, new[] { 0, 2, 4, 9, 12 })]
    [InlineData(2, 3, new int[0])]
    [InlineData(2, 4, new[] { 0, 9, 12 })]
    public void Should_give_the_sorted_union_of_a_run_without_repeats(int from, int to, int[] expected)
    {
        Unions.Of(from, to).ShouldBe(expected);
    }
}
