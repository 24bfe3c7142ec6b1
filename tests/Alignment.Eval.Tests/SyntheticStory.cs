using System.Globalization;
using System.Text.RegularExpressions;
using Alignment.Eval.Corpus;

namespace Alignment.Eval.Tests;

/// <summary>
/// Tiny made-up sentence pairs whose tag number (3 in "기사 3호", "Item 3") says which pair they belong to,
/// so a test can check which original sentences a perturbed sentence holds.
/// </summary>
internal static partial class SyntheticStory
{
    private static readonly string[] KoreanTails = ["정부가 새 계획을 발표했다.", "시장은 크게 반응하지 않았다.", "위원회는 다음 달 다시 모인다.", "관계자는 결과를 기다린다고 말했다."];
    private static readonly string[] EnglishTails = ["the government announced a new plan.", "the market barely reacted to it.", "the committee will meet again next month.", "an official said they were waiting for results."];

    public static DocumentPair Document(int index, int count) => new(
        index,
        Enumerable.Range(0, count).Select(Korean).ToList(),
        Enumerable.Range(0, count).Select(English).ToList());

    public static string Korean(int tag) => string.Create(CultureInfo.InvariantCulture, $"기사 {tag}호에서 {KoreanTails[tag % KoreanTails.Length]}");

    public static string English(int tag) => string.Create(CultureInfo.InvariantCulture, $"In item {tag}, {EnglishTails[tag % EnglishTails.Length]}");

    /// <summary>The tags a (possibly merged) sentence carries, in order.</summary>
    public static IReadOnlyList<int> Tags(string sentence) =>
        Tag().Matches(sentence).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();

    [GeneratedRegex(@"(?:기사 |item )(\d+)")]
    private static partial Regex Tag();
}
