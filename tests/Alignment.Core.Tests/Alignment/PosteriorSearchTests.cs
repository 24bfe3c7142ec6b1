using Alignment.Core.Alignment;

namespace Alignment.Core.Tests.Alignment;

/// <summary>
/// The fine search by posterior decoding: a path through every sentence, the cheapest one when the temperature is
/// near zero, and where two readings cost nearly the same, the pair that more of the near-cheapest paths share.
/// </summary>
public sealed class PosteriorSearchTests
{
    [Fact]
    public void Should_cover_every_sentence_once_in_order()
    {
        foreach (var (source, target) in RandomDocuments(seed: 11, count: 300))
        {
            var path = Posterior(source, target, AlignerOptions.Default.PosteriorTemperature);
            if (source.Length + target.Length == 0)
            {
                path.ShouldBeEmpty();
                continue;
            }

            path.Select(b => (b.I0, b.J0)).First().ShouldBe((0, 0));
            path.Select(b => (b.I1, b.J1)).Last().ShouldBe((source.Length, target.Length));
            path.Zip(path.Skip(1)).ShouldAllBe(p => p.First.I1 == p.Second.I0 && p.First.J1 == p.Second.J0);
            path.ShouldAllBe(b => BeadShape.All.Any(s => s.Source == b.I1 - b.I0 && s.Target == b.J1 - b.J0));
        }
    }

    [Fact]
    public void Should_pair_what_the_cheapest_path_pairs_when_the_temperature_is_near_zero()
    {
        foreach (var (source, target) in RandomDocuments(seed: 5, count: 300))
        {
            var cost = Cost(source, target);
            var band = BeadSearch.Band(source.Length, target.Length, AlignerOptions.Default);
            var cheapest = BeadSearch.Run(source.Length, target.Length, cost, band, BeadShape.All.Length);

            // Beside each other, an omission and an addition cost the same in either order: only the pairs and the
            // unpaired sentences are compared. Two readings may also cost exactly the same (anchors a story repeats
            // are weighed by how often it does); then the posterior may take either, but only a cheapest one.
            var posterior = Posterior(source, target, temperature: 0.001);
            if (Reading(posterior) != Reading(cheapest))
            {
                Total(cost, posterior).ShouldBe(Total(cost, cheapest), 1e-9);
            }
        }
    }

    [Fact]
    public void Should_pair_the_sentence_that_shares_a_number_when_it_costs_about_the_same_as_a_neighbour_that_fits_by_length()
    {
        // Source 1 fits target 1 by length and shares nothing with it; source 2 is short for it but shares figure 2.
        // The cheapest path pairs 1 with 1, for 0.01 less; more of the paths close to it pair 2 with 1.
        SentenceFeatures[] source = [Sentence(36, 0), Sentence(70, 4), Sentence(37, 2)];
        SentenceFeatures[] target = [Sentence(103), Sentence(145, 2, 5)];
        var cost = Cost(source, target);
        var band = BeadSearch.Band(3, 2, AlignerOptions.Default);

        Reading(BeadSearch.Run(3, 2, cost, band, BeadShape.All.Length)).ShouldBe("0-1|0-1 1-2|1-2 | 2-3|");
        Reading(Posterior(source, target, AlignerOptions.Default.PosteriorTemperature)).ShouldBe("0-1|0-1 2-3|1-2 | 1-2|");
    }

    [Fact]
    public void Should_put_an_addition_before_the_omission_beside_it_as_the_cheapest_path_does()
    {
        // After a run of pairs, a middle sentence on each side that differs far in length from the other and has
        // figures the other lacks, so that any bead holding one of them with another sentence is negligible: one is
        // dropped and one added, which cost the same in either order. Both searches take the earlier shape on a
        // tie, so the path ends on the omission and the addition comes first.
        for (var before = 20; before <= 400; before += 20)
        {
            var source = Enumerable.Range(0, before).Select(k => Sentence(40 + (k % 7), 100 + k)).Append(Figures(50, 10)).Append(Sentence(45, 3)).ToArray();
            var target = Enumerable.Range(0, before).Select(k => Sentence(85 + (k % 5), 100 + k)).Append(Figures(450, 20)).Append(Sentence(95, 3)).ToArray();
            var (n, m) = (source.Length, target.Length);
            var cost = Cost(source, target);
            var band = BeadSearch.Band(n, m, AlignerOptions.Default);
            var expected = Enumerable.Range(0, before).Select(k => (k, k + 1, k, k + 1))
                .Concat([(before, before, before, before + 1), (before, before + 1, before + 1, before + 1), (before + 1, before + 2, before + 1, before + 2)])
                .ToList();

            BeadSearch.Run(n, m, cost, band, BeadShape.All.Length).ShouldBe(expected);
            Posterior(source, target, AlignerOptions.Default.PosteriorTemperature).ShouldBe(expected);
        }
    }

    private static List<(int I0, int I1, int J0, int J1)> Posterior(SentenceFeatures[] source, SentenceFeatures[] target, double temperature) =>
        PosteriorSearch.Run(source.Length, target.Length, Cost(source, target), BeadSearch.Band(source.Length, target.Length, AlignerOptions.Default), BeadShape.All.Length, temperature);

    private static double Total(BeadCost cost, List<(int I0, int I1, int J0, int J1)> path) => path.Sum(b => cost.Cost(b.I0, b.I1, b.J0, b.J1));

    private static BeadCost Cost(SentenceFeatures[] source, SentenceFeatures[] target) =>
        new(source, target, AlignerOptions.Default, new LengthModel(2.0, 80.0), lexicon: null);

    // The pairs in order, then the unpaired sentences of each side in order.
    private static string Reading(List<(int I0, int I1, int J0, int J1)> path) =>
        string.Join(' ', path.Where(b => b.I1 > b.I0 && b.J1 > b.J0).Select(b => $"{b.I0}-{b.I1}|{b.J0}-{b.J1}"))
        + " | " + string.Join(' ', path.Where(b => b.J1 == b.J0).Select(b => $"{b.I0}-{b.I1}|").Concat(path.Where(b => b.I1 == b.I0).Select(b => $"|{b.J0}-{b.J1}")));

    private static IEnumerable<(SentenceFeatures[] Source, SentenceFeatures[] Target)> RandomDocuments(int seed, int count)
    {
        var random = new Random(seed);
        SentenceFeatures[] Side(int sentences, int minimum, int maximum) =>
            Enumerable.Range(0, sentences).Select(_ => Sentence(random.Next(minimum, maximum), Enumerable.Range(0, 8).Where(_ => random.NextDouble() < 0.25).ToArray())).ToArray();

        for (var k = 0; k < count; k++)
        {
            yield return (Side(random.Next(0, 9), 10, 90), Side(random.Next(0, 9), 20, 180));
        }
    }

    private static SentenceFeatures Sentence(int length, params int[] anchors) => new(length, anchors, [], [], 0);

    // A sentence with six strong anchors (figures) from the given one on: a pair whose other side lacks them pays.
    private static SentenceFeatures Figures(int length, int first)
    {
        var anchors = Enumerable.Range(first, 6).ToArray();
        return new(length, anchors, anchors, [], 0);
    }
}
