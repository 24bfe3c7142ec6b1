using System.Net;
using System.Text.RegularExpressions;

namespace Alignment.Cli.Tests.Reporting;

/// <summary>The HTML page as text: self-contained, and one card per CSV row with its span marked.</summary>
[Collection(FormatCollection.Name)]
public sealed partial class HtmlReportTests(FormatRun run)
{
    [Fact]
    public void Should_show_every_csv_finding_with_its_target_span_highlighted()
    {
        var html = File.ReadAllText(run.Report("html"));
        var cards = Card().Matches(html).ToList();

        cards.Count.ShouldBe(run.Csv.Count);
        for (var i = 0; i < cards.Count; i++)
        {
            var (row, card) = (run.Csv[i], cards[i]);
            card.Groups["id"].Value.ShouldBe(row["id"]);
            card.Groups["severity"].Value.ShouldBe(row["severity"]);
            WebUtility.HtmlDecode(card.Groups["check"].Value).ShouldBe(row["check"]);
            if (row["target_start"].Length > 0 && row["found"].Length > 0)
            {
                card.Groups["body"].Value.ShouldContain($"<mark class=\"hl target\">{WebUtility.HtmlEncode(row["found"])}</mark>");
            }

            if (row["suggestion"].Length > 0)
            {
                card.Groups["body"].Value.ShouldContain("<ins>");
            }
        }
    }

    [Fact]
    public void Should_need_nothing_from_outside_the_file()
    {
        var html = File.ReadAllText(run.Report("html"));

        html.ShouldNotContain("<link", Case.Insensitive);
        html.ShouldNotContain(" src=", Case.Insensitive);
        html.ShouldNotContain("href=\"http", Case.Insensitive);
        html.ShouldNotContain("url(", Case.Insensitive);
        html.ShouldNotContain("@import", Case.Insensitive);
        html.ShouldContain("<style>");
        html.ShouldContain("<script>");
        html.ShouldContain($"<b>{run.Csv.Count(r => r["severity"] == "critical")}</b> critical");
    }

    [GeneratedRegex("<article class=\"finding sev-(?<severity>\\w+)\" id=\"f-(?<id>\\w+)\" data-severity=\"\\w+\" data-check=\"(?<check>[^\"]+)\">(?<body>.*?)</article>", RegexOptions.Singleline)]
    private static partial Regex Card();
}
