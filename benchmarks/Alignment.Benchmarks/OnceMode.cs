using System.Diagnostics;
using System.Globalization;
using Alignment.Benchmarks.Generation;
using Alignment.Core.Alignment;
using Alignment.Core.Languages.English;
using Alignment.Core.Languages.Korean;
using Alignment.Core.Segmentation;
using Alignment.Core.Text;

namespace Alignment.Benchmarks;

/// <summary>
/// <c>--once N [--glossary]</c>: generate N pairs, align them once, print the time and exit, so an outside tool
/// (<c>/usr/bin/time -v</c>) can read the peak memory of one real alignment without BenchmarkDotNet's harness.
/// </summary>
public static class OnceMode
{
    public static int Run(int pairs, bool glossary, TextWriter output)
    {
        var story = StoryGenerator.Generate(pairs);
        var segmenter = new SentenceSegmenter();
        var source = segmenter.SegmentLines(SourceText.FromString(story.KoreanLines));
        var target = segmenter.SegmentLines(SourceText.FromString(story.EnglishLines));
        var terms = Glossaries.Load(glossary);
        var aligner = new SentenceAligner(KoreanProfile.Instance, EnglishProfile.Instance, terms);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var result = aligner.Align(source, target);
        stopwatch.Stop();

        // CPU time as well as wall time: on a shared machine the wall clock also counts other processes' turns.
        process.Refresh();
        var alignCpu = process.TotalProcessorTime - cpu;
        var alignAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;

        // The share of glossary matching in that time: the same two scans the aligner makes, run again on their own.
        cpu = process.TotalProcessorTime;
        var hits = terms.FindSources(source.Text).Count + terms.FindTargets(target.Text).Count;
        process.Refresh();
        var matchingCpu = process.TotalProcessorTime - cpu;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"aligned {source.Sentences.Count} ko / {target.Sentences.Count} en sentences into {result.Beads.Count} beads in {stopwatch.Elapsed.TotalMilliseconds:N0} ms wall, {alignCpu.TotalMilliseconds:N0} ms CPU (first call, JIT included); allocated {alignAllocated / 1048576.0:N1} MB; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N1} MB"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"glossary matching alone ({terms.Entries.Count} entries, {hits} hits): {matchingCpu.TotalMilliseconds:N0} ms CPU"));
        return 0;
    }
}
