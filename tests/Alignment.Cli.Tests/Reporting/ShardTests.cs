namespace Alignment.Cli.Tests.Reporting;

public sealed class ShardTests
{
    [Fact]
    public void Should_put_every_document_in_exactly_one_shard_the_same_way_every_time()
    {
        var documents = Enumerable.Range(1, 200).Select(i => $"corpora/story-{i:000}").ToList();
        var shards = Enumerable.Range(1, 4).Select(k => new Shard(k, 4)).ToList();

        documents.ShouldAllBe(d => shards.Count(s => s.Includes(d)) == 1);
        shards.ShouldAllBe(s => documents.Count(s.Includes) > 30, "a stable hash spreads stories evenly");
        new Shard(3, 4).Includes("corpora/story-001").ShouldBe(Shard.Parse("3/4").Includes("corpora\\story-001"));
    }

    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("2/4", 2, 4)]
    public void Should_parse_k_of_n(string text, int k, int n) => Shard.Parse(text).ShouldBe(new Shard(k, n));
}
