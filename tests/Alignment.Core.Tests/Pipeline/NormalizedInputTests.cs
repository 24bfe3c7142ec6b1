using Alignment.Core.Alignment;
using Alignment.Core.Findings;
using Alignment.Core.Pipeline;
using Alignment.Core.Review;
using Alignment.Core.Tests.Support;
using Alignment.Core.Text;

namespace Alignment.Core.Tests.Pipeline;

/// <summary>
/// Files whose Hangul is written as conjoining jamo, or that carry zero-width characters or HTML character
/// references, are checked as their plain spelling is, with every offset into the file as it is.
/// </summary>
public sealed class NormalizedInputTests
{
    private const string Spoiled = "The two ministers agreed to strengthen security cooperation in the Intae region.";

    private static readonly string English = Story.English.Replace(
        "The two ministers agreed to strengthen security cooperation in the Indo-Pacific region.", Spoiled, StringComparison.Ordinal);

    private static string Describe(Bead b) => $"{string.Join(' ', b.SourceIds)}-{string.Join(' ', b.TargetIds)} {b.Score:0.000}";

    private static (string Check, int Segment, string Found, string Expected, string Suggestion) What(Finding f) =>
        (f.Check, f.Segment, f.Found, f.Expected, f.Suggestion);

    [Fact]
    public void Should_find_in_a_decomposed_source_what_it_finds_in_the_composed_one()
    {
        var composed = CheckRun.Of(Story.Korean, English);
        var decomposedText = Jamo.Decompose(Story.Korean);

        var decomposed = CheckRun.Of(decomposedText, English);

        decomposed.Findings.Select(What).ShouldBe(composed.Findings.Select(What));
        decomposed.Findings.ShouldContain(f => f.Check == "terminology.forbidden" && f.Found == "Intae");
        decomposed.Warnings.ShouldBe(composed.Warnings);
        foreach (var (c, d) in composed.Findings.Zip(decomposed.Findings).Where(p => p.First.SourceStart is not null))
        {
            // The span in the decomposed file is the same text, written as jamo.
            decomposedText[d.SourceStart!.Value..d.SourceEnd!.Value].ShouldBe(Jamo.Decompose(Story.Korean[c.SourceStart!.Value..c.SourceEnd!.Value]));
        }
    }

    [Fact]
    public void Should_report_sentences_in_the_file_own_text_and_offsets()
    {
        var decomposedText = Jamo.Decompose(Story.Korean);

        var report = CheckRun.Of(decomposedText, English);

        report.Source.Text.ShouldBe(decomposedText);
        report.Source.Sentences.Count.ShouldBe(4);
        foreach (var sentence in report.Source.Sentences)
        {
            sentence.Text.ShouldBe(decomposedText[sentence.Start..sentence.End]);
        }

        report.Source.Sentences[1].Text.ShouldBe(Jamo.Decompose("두 장관은 인태 지역의 안보 협력을 강화하기로 합의했다."));
        report.Alignment.Beads.ShouldAllBe(b => b.SourceIds.Count == 1 && b.TargetIds.Count == 1);
    }

    [Fact]
    public void Should_see_a_term_cut_by_a_zero_width_space_and_quotes_written_as_references()
    {
        var korean = Story.Korean.Replace("인태", "인\u200B태", StringComparison.Ordinal);
        var english = English.Replace("held talks", "held &quot;talks&quot;", StringComparison.Ordinal);

        var report = CheckRun.Of(korean, english);

        var forbidden = report.Findings.Where(f => f.Check == "terminology.forbidden").ShouldHaveSingleItem();
        english[forbidden.TargetStart!.Value..forbidden.TargetEnd!.Value].ShouldBe("Intae");
        korean[forbidden.SourceStart!.Value..forbidden.SourceEnd!.Value].ShouldBe("인\u200B태");
        forbidden.Suggestion.ShouldBe(Spoiled.Replace("Intae", "Indo-Pacific", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_report_across_stories_in_each_file_own_offsets()
    {
        const string glossary = "source,target,forbidden,note\n통일부,Ministry of Unification|Unification Ministry|Unification,,\n";
        const string korean = "통일부는 2일 북한에 남북 대화를 제안했다.\n정부는 인도적 지원도 검토하고 있다.\n";
        const string first = "The Ministry of Unification proposed inter-Korean talks to North Korea on the 2nd.\nThe government is also considering humanitarian aid.\n";
        const string second = "The &quot;Unification Department&quot; proposed inter-Korean talks to North Korea on the 2nd.\nThe government is also considering humanitarian aid.\n";
        using var temp = new TempFolder();
        var pipeline = CheckPipeline.Create(new PipelineOptions { GlossaryFiles = [temp.Write("glossary.csv", glossary)] });
        var reports = new[]
        {
            pipeline.Check("a", SourceText.FromString(korean, "a.ko"), SourceText.FromString(first, "a.en")),
            pipeline.Check("b", SourceText.FromString(Jamo.Decompose(korean), "b.ko"), SourceText.FromString(second, "b.en")),
        };

        var across = pipeline.CheckAcrossStories(reports);

        var finding = across[1].Findings.Where(f => f.Check == "terminology.consistency").ShouldHaveSingleItem();
        second[finding.TargetStart!.Value..finding.TargetEnd!.Value].ShouldBe("Unification Department");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Should_align_a_decomposed_file_as_the_composed_one_with_the_file_own_offsets(bool segmented)
    {
        const string korean = "정부는 3만 개의 일자리를 만든다.\n라브로프 장관은 회담에 참석했다.\n예산은 1조2천억 원이다.\n";
        const string english = "The government will create 30,000\u00A0jobs.\nA festival will be held next spring, organisers said.\nMinister Lavrov attended the talks.\nThe budget is 1.2 trillion won.\n";
        using var temp = new TempFolder();
        var pipeline = CheckPipeline.Create(new PipelineOptions());
        var target = temp.Write("t.txt", english);

        var composed = pipeline.Align(temp.Write("c.txt", korean), target, segmented);
        var decomposed = pipeline.Align(temp.Write("d.txt", Jamo.Decompose(korean)), target, segmented);

        decomposed.Alignment.Beads.Select(Describe).ShouldBe(composed.Alignment.Beads.Select(Describe));
        decomposed.Alignment.Beads.Count(b => b.IsAddition).ShouldBe(1);
        foreach (var (c, d) in composed.Source.Sentences.Zip(decomposed.Source.Sentences))
        {
            d.Text.ShouldBe(Jamo.Decompose(c.Text));
            d.Text.ShouldBe(decomposed.Source.Text[d.Start..d.End]);
        }

        decomposed.Target.Sentences[0].Text.ShouldBe("The government will create 30,000\u00A0jobs.");
    }

    [Fact]
    public void Should_give_texts_and_a_suggestion_that_fit_the_file_as_it_is_written()
    {
        var english = English.Replace("in the Intae region", "in the\u00A0Intae region", StringComparison.Ordinal)
            .Replace("held talks", "held &quot;talks&quot;", StringComparison.Ordinal);

        var finding = CheckRun.Of(Story.Korean, english).Findings.Where(f => f.Check == "terminology.forbidden").ShouldHaveSingleItem();

        var sentence = Spoiled.Replace("in the Intae", "in the\u00A0Intae", StringComparison.Ordinal);
        finding.TargetText.ShouldBe(sentence);
        finding.Found.ShouldBe("Intae");
        finding.Suggestion.ShouldBe(sentence.Replace("Intae", "Indo-Pacific", StringComparison.Ordinal));
        // The id hashes the file's own texts, as it did before the file was normalized for the checks.
        finding.Id.ShouldBe(FindingId.Compute(finding));
        var start = finding.TargetStart!.Value;
        SpanReplacement.Derive(english, start, finding.TargetEnd!.Value, finding.Suggestion, finding.TargetText).ShouldBe("Indo-Pacific");
    }

    [Fact]
    public void Should_match_terms_of_a_glossary_written_as_conjoining_jamo()
    {
        var report = CheckRun.Of(Story.Korean, English, Jamo.Decompose(Story.Glossary));

        var finding = report.Findings.Where(f => f.Check == "terminology.forbidden").ShouldHaveSingleItem();
        finding.Found.ShouldBe("Intae");
        Story.Korean[finding.SourceStart!.Value..finding.SourceEnd!.Value].ShouldBe("인태");
    }

    [Fact]
    public void Should_check_english_marked_up_as_html_as_the_plain_text()
    {
        var html = "<div class=\"story\"><p>" + English.Trim().Replace(". ", ".</p>\n<p>", StringComparison.Ordinal) + "</p></div>\n";

        var plain = CheckRun.Of(Story.Korean, English);
        var marked = CheckRun.Of(Story.Korean, html);

        marked.Findings.Select(What).ShouldBe(plain.Findings.Select(What));
        marked.Target.Sentences.Select(t => t.Text).ShouldBe(plain.Target.Sentences.Select(t => t.Text));
        var forbidden = marked.Findings.Where(f => f.Check == "terminology.forbidden").ShouldHaveSingleItem();
        html[forbidden.TargetStart!.Value..forbidden.TargetEnd!.Value].ShouldBe("Intae");
    }

    [Fact]
    public void Should_keep_one_sentence_a_line_when_the_lines_are_marked_up()
    {
        const string korean = "정부는 3만 개의 일자리를 만든다.\n예산은 1조2천억 원이다.\n";
        const string english = "<p>The government will create 30,000 jobs.</p>\n<p>The budget is<br>1.2 trillion won.</p>\n";
        using var temp = new TempFolder();

        var (_, target, alignment) = CheckPipeline.Create(new PipelineOptions()).Align(temp.Write("k.txt", korean), temp.Write("e.txt", english), segmented: true);

        target.Sentences.Count.ShouldBe(2);
        target.Sentences[1].Text.ShouldBe("The budget is<br>1.2 trillion won."); // the file's text, tags around it left out
        alignment.Beads.Select(Describe).ShouldBe(["0-0 " + alignment.Beads[0].Score.ToString("0.000"), "1-1 " + alignment.Beads[1].Score.ToString("0.000")]);
    }
}
