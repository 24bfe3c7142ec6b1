using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Alignment.Cli.Tests.Support;

namespace Alignment.Cli.Tests.Reporting;

/// <summary>
/// The HTML report in a real browser: headless Chromium (Debian's chromium; .ci/run installs it) renders the page,
/// runs its script, dumps the DOM and takes a screenshot. Without Chromium this fails rather than skips, so CI
/// cannot pass without having looked. The screenshot is kept in the test output folder for a person to open.
/// </summary>
public sealed partial class HtmlReportBrowserTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public void Should_render_the_highlighted_spans_and_run_the_filters_in_headless_chromium()
    {
        using var temp = new TempFolder();
        var page = temp.File("report.html");
        CliRun.Of("check", Repository.Corpora, "--format", "html", "--report", page, "--quiet").ExitCode.ShouldBe(1);
        var csv = temp.File("report.csv");
        CliRun.Of("check", Repository.Corpora, "--report", csv, "--quiet");
        var all = ReportCsv.Read(csv).Rows;
        var rows = all.Where(r => r["target_start"].Length > 0 && r["found"].Length > 0).ToList();
        var screenshot = Path.Combine(AppContext.BaseDirectory, "html-report.png");
        File.Delete(screenshot);

        var dom = Chromium(temp, "--dump-dom", new Uri(page).AbsoluteUri);
        Chromium(temp, "--screenshot=" + screenshot, new Uri(page).AbsoluteUri);

        dom.ShouldContain("data-ready=\"true\"", customMessage: "the page's script did not run");
        dom.ShouldContain($"{all.Count} of {all.Count} findings shown");
        Regex.Count(dom, "<article class=\"finding ").ShouldBe(all.Count);
        var marks = Mark().Matches(dom).Select(m => WebUtility.HtmlDecode(m.Groups["text"].Value)).ToList();
        marks.ShouldBe(rows.Select(r => r["found"]));
        var png = File.ReadAllBytes(screenshot);
        png.Take(8).ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        png.Length.ShouldBeGreaterThan(20_000, "a blank page compresses to a few kilobytes");
    }

    private static string Chromium(TempFolder temp, string action, string url)
    {
        var browser = new[] { "chromium", "chromium-browser" }.Select(Which).FirstOrDefault(p => p is not null)
            ?? throw new InvalidOperationException("chromium is not installed: apt-get install -y chromium (.ci/run installs it)");
        var profile = Directory.CreateTempSubdirectory("alignment-chromium-");
        try
        {
            var start = new ProcessStartInfo(browser)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.FullName, "--window-size=1400,2000", action, url,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium {action} did not finish in {Timeout.TotalSeconds} s");
            }

            process.ExitCode.ShouldBe(0, stderr.Result);
            return stdout.Result;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    [GeneratedRegex("<mark class=\"hl target\">(?<text>.*?)</mark>", RegexOptions.Singleline)]
    private static partial Regex Mark();
}
