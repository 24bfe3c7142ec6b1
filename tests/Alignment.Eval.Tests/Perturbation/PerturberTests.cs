using Alignment.Eval.Beads;
using Alignment.Eval.Perturbation;

namespace Alignment.Eval.Tests.Perturbation;

public sealed class PerturberTests
{
    private static readonly PerturbationOptions Default = new(0.08, 0.04, 0.08, Seed: 1);

    public static TheoryData<double, double, double, int> Rates => new()
    {
        { 0.08, 0.04, 0.08, 1 },
        { 0.3, 0.3, 0.3, 7 },
        { 0.5, 0.5, 0, 3 },
        { 0, 0, 1, 5 },
        { 1, 0, 0, 2 },
        { 0, 1, 1, 9 },
    };

    [Fact]
    public void Should_produce_the_same_document_for_the_same_seed()
    {
        var document = SyntheticStory.Document(4, 60);

        var first = new Perturber(Default).Perturb(document);
        var second = new Perturber(Default).Perturb(document);

        second.Korean.ShouldBe(first.Korean);
        second.English.ShouldBe(first.English);
        second.Gold.ShouldBe(first.Gold);
    }

    [Fact]
    public void Should_produce_a_different_document_for_another_seed()
    {
        var document = SyntheticStory.Document(4, 60);

        var first = new Perturber(Default).Perturb(document);
        var other = new Perturber(Default with { Seed = 2 }).Perturb(document);

        other.Gold.ShouldNotBe(first.Gold);
    }

    [Theory]
    [MemberData(nameof(Rates))]
    public void Should_cover_every_sentence_exactly_once(double dropEnglish, double dropKorean, double merge, int seed)
    {
        var perturbed = new Perturber(new PerturbationOptions(dropEnglish, dropKorean, merge, seed)).Perturb(SyntheticStory.Document(0, 50));

        perturbed.Gold.SelectMany(b => b.Korean.Ids).ShouldBe(Enumerable.Range(0, perturbed.Korean.Count));
        perturbed.Gold.SelectMany(b => b.English.Ids).ShouldBe(Enumerable.Range(0, perturbed.English.Count));
        perturbed.Gold.ShouldAllBe(b => b.Korean.Count + b.English.Count > 0);
    }

    [Theory]
    [MemberData(nameof(Rates))]
    public void Should_pair_only_sentences_that_translate_each_other(double dropEnglish, double dropKorean, double merge, int seed)
    {
        var perturbed = new Perturber(new PerturbationOptions(dropEnglish, dropKorean, merge, seed)).Perturb(SyntheticStory.Document(0, 50));

        foreach (var bead in perturbed.Gold)
        {
            var korean = bead.Korean.Ids.SelectMany(k => SyntheticStory.Tags(perturbed.Korean[k])).ToList();
            var english = bead.English.Ids.SelectMany(e => SyntheticStory.Tags(perturbed.English[e])).ToList();
            if (bead.IsPair)
            {
                korean.ShouldBe(english);
            }
            else
            {
                (korean.Count + english.Count).ShouldBe(1);
            }
        }
    }

    [Fact]
    public void Should_never_drop_both_sides_of_a_pair()
    {
        var perturbed = new Perturber(new PerturbationOptions(0.5, 0.5, 0, 11)).Perturb(SyntheticStory.Document(0, 200));

        var kept = perturbed.Korean.Concat(perturbed.English).SelectMany(SyntheticStory.Tags).Order().ToList();
        kept.ShouldBe(Enumerable.Range(0, 200));
        perturbed.Korean.Count.ShouldBeInRange(70, 130);
    }

    [Fact]
    public void Should_leave_the_document_untouched_when_unperturbed()
    {
        var document = SyntheticStory.Document(3, 20);

        var perturbed = new Perturber(PerturbationOptions.None(1)).Perturb(document);

        perturbed.Korean.ShouldBe(document.Korean);
        perturbed.English.ShouldBe(document.English);
        perturbed.Gold.ShouldBe(Enumerable.Range(0, 20).Select(i => EvalBead.Pair(i, i)));
    }

    [Fact]
    public void Should_merge_two_lines_of_one_side_with_a_space()
    {
        var perturbed = new Perturber(new PerturbationOptions(0, 0, 1, 1)).Perturb(SyntheticStory.Document(0, 40));

        perturbed.Gold.ShouldAllBe(b => b.Shape == "2-1" || b.Shape == "1-2");
        perturbed.Gold.Select(b => b.Shape).Distinct().Count().ShouldBe(2);
        var first = perturbed.Gold[0];
        var merged = first.Shape == "2-1" ? perturbed.English[0] : perturbed.Korean[0];
        merged.ShouldBe(first.Shape == "2-1"
            ? SyntheticStory.English(0) + " " + SyntheticStory.English(1)
            : SyntheticStory.Korean(0) + " " + SyntheticStory.Korean(1));
    }
}
