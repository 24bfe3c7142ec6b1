using System.Text.RegularExpressions;
using Alignment.Core.Numbers;

namespace Alignment.Core.Languages.Korean;

/// <summary>
/// Korean numbers with their units: 1만 = 10,000; 412억 = 41,200,000,000; 3조 2천억 = 3.2 trillion (groups joined
/// while each big unit is smaller than the last), then classified by what follows: %, %포인트, 년, 월, 일, 시, 차.
/// Native numerals before a counter (두 명, 네 발) are read as spelled numbers.
/// </summary>
public sealed partial class KoreanNumberReader : INumberReader
{
    private readonly Languages.SpanPredicate? isSuffix;
    private readonly KoreanNamedNumbers names;

    public KoreanNumberReader(Languages.SpanPredicate? isSuffix = null)
    {
        this.isSuffix = isSuffix;
        names = KoreanNamedNumbers.Create(isSuffix);
    }

    public IReadOnlyList<NumberMention> Read(string text)
    {
        // Full-width digits read as ASCII ones (the mention's text shows them so; its offsets are the text's).
        text = DigitParser.Fold(text);
        var result = new List<NumberMention>();
        var ratios = KoreanRatios.Read(text, result);
        var fractions = KoreanFractions.Read(text, result);
        var named = names.Read(text, result);
        var minutes = KoreanMatchMinutes.Read(text, result);
        var durations = KoreanDurations.Read(text, result);
        var dates = KoreanDottedDates.Read(text, result);
        // Read lazily: a sentence without a digit (more than half of them) is never scanned for figures.
        var groups = Group().Matches(text);
        var figures = DigitParser.HasDigit(text);
        var i = 0;
        var lastEnd = 0;
        while (figures && i < groups.Count)
        {
            var first = groups[i];
            if (first.Index < lastEnd || Within(ratios, first) || Within(fractions, first) || Within(named, first) || Within(minutes, first) || Within(durations, first) || Within(dates, first))
            {
                // Already read as part of the previous mention (the 30 of 3시 30분), a ratio or a name.
                i++;
                continue;
            }

            var value = GroupValue(first);
            var scale = Scale(first);
            var anyBig = BigUnit(first) > 1;
            var end = first.Index + first.Length;
            var j = i + 1;

            if (Glued(groups, i) is { } glued)
            {
                (value, scale, anyBig, end) = (glued.Value, glued.Scale, true, glued.End);
                j++;
            }

            // 3조 2천억, 9만8천500, 8조3천400억: each further group counts in a smaller unit than the one before.
            while (j < groups.Count && scale > 1 && IsGap(text, end, groups[j].Index))
            {
                var next = Glued(groups, j) is { } g ? g : (Value: GroupValue(groups[j]), Scale: Scale(groups[j]), End: groups[j].Index + groups[j].Length);
                if (next.Scale >= scale)
                {
                    break;
                }

                value += next.Value;
                scale = next.Scale;
                anyBig |= BigUnit(groups[j]) > 1 || next.Scale >= 10_000;
                j += next.End > groups[j].Index + groups[j].Length ? 2 : 1;
                end = next.End;
            }

            i = j;
            if (NumberContext.IsPartOfName(text, first.Index, end))
            {
                continue;
            }

            var (kind, kindEnd, kindValue, halfDayKnown) = KoreanNumberKinds.Classify(text, first.Index, end, value, anyBig);
            lastEnd = kindEnd;
            result.Add(new NumberMention(kindValue, first.Index, kindEnd, text[first.Index..kindEnd], kind, Spelled: IsGrade(text, first.Index), HalfDayKnown: halfDayKnown)
            {
                Below = (kind == NumberKind.Cardinal && RangeSuffix().IsMatch(text, kindEnd)) || (kind == NumberKind.Percent && PercentRange().IsMatch(text, kindEnd)) ? kindValue + Place(kindValue) : null,
            });
        }

        foreach (Match m in Native().Matches(text))
        {
            // 두 명이, 네 발을: particles may follow the counter, but not more of a word (네 발전소).
            if (isSuffix is not null && !isSuffix(m.Groups["rest"].ValueSpan))
            {
                continue;
            }

            var word = m.Groups["w"].Value;
            var ordinal = word == "첫" || m.Groups["c"].Value == "번째";
            var end = m.Groups["c"].Index + m.Groups["c"].Length;
            result.Add(new NumberMention(NativeValue(word), m.Index, end, text[m.Index..end], ordinal ? NumberKind.Ordinal : NumberKind.Cardinal, Spelled: true));
        }

        // 이틀, 사흘, 열흘: a count of days in one native word ("after three days").
        foreach (Match m in NativeDays().Matches(text))
        {
            var rest = m.Groups["rest"].ValueSpan;
            if (isSuffix is null || isSuffix(rest) || rest.StartsWith("간") || rest.StartsWith("째") || rest.StartsWith("동안"))
            {
                var word = m.Groups["w"];
                result.Add(new NumberMention(NativeDayCount(word.Value), word.Index, word.Index + word.Length, word.Value, NumberKind.Cardinal, Spelled: true));
            }
        }

        foreach (Match m in First().Matches(text))
        {
            if (!result.Any(r => r.Start == m.Index))
            {
                result.Add(new NumberMention(1, m.Index, m.Index + 1, m.Value, NumberKind.Ordinal, Spelled: true));
            }
        }

        // 수요일, and the day's weekday in brackets as schedules write it: 28일(수).
        foreach (Match m in Weekday().Matches(text))
        {
            var day = m.Groups["d"];
            result.Add(new NumberMention("월화수목금토일".IndexOf(day.Value[0], StringComparison.Ordinal) + 1, day.Index, day.Index + day.Length, day.Value, NumberKind.Weekday));
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        KoreanNumberNeighbours.MarkApproximations(text, result);
        KoreanNumberNeighbours.CarryHalfOfDay(text, result);
        return result;
    }

    // 3천800억: a thousands group glued to a group with a big unit counts in that unit ((3,000 + 800) 억), alone or
    // after a larger unit (8조3천400억 is 8조 and 3,400억, not 8조 3천 and 400억).
    private static (decimal Value, decimal Scale, int End)? Glued(MatchCollection groups, int k)
    {
        if (k + 1 >= groups.Count)
        {
            return null;
        }

        var (thousands, big) = (groups[k], groups[k + 1]);
        if (big.Index != thousands.Index + thousands.Length || !thousands.Groups["s"].Success || thousands.Groups["b"].Success
            || !big.Groups["b"].Success || big.Groups["s"].Success || DigitParser.Parse(big.Groups["n"].ValueSpan) >= 1000)
        {
            return null;
        }

        return ((GroupValue(thousands) + DigitParser.Parse(big.Groups["n"].ValueSpan)) * BigUnit(big), BigUnit(big), big.Index + big.Length);
    }

    // 6.15 is one group, so a named month and day holds the group's start or its end.
    private static bool Within(List<NumberMention>? mentions, Match group) =>
        mentions is not null && mentions.Exists(r => r.Start < group.Index + group.Length && group.Index < r.End);

    private static decimal NativeDayCount(string word) => word switch
    {
        "이틀" => 2, "사흘" => 3, "나흘" => 4, "닷새" => 5, "엿새" => 6, "이레" => 7, "여드레" => 8, "아흐레" => 9, "열흘" => 10, _ => 15,
    };

    private static decimal NativeValue(string word) => word switch
    {
        "한" or "첫" => 1, "두" => 2, "세" or "석" => 3, "네" or "넉" => 4, "다섯" => 5, "여섯" => 6, "일곱" => 7, "여덟" => 8, "아홉" => 9, "열" => 10, "스무" => 20,
        _ => 0,
    };

    private static decimal Scale(Match m) =>
        BigUnit(m) * m.Groups["s"].Value switch { "천" => 1_000m, "백" => 100m, "십" => 10m, _ => 1m };

    private static bool IsGap(string text, int from, int to) => to - from <= 1 && (to == from || text[from] == ' ');

    private static decimal GroupValue(Match m)
    {
        var value = DigitParser.Parse(m.Groups["n"].ValueSpan);
        value *= m.Groups["s"].Value switch { "천" => 1_000m, "백" => 100m, "십" => 10m, _ => 1m };
        return value * BigUnit(m);
    }

    private static decimal BigUnit(Match m) => m.Groups["b"].Value switch
    {
        "조" when IsArticle(m) => 1m,
        var unit => UnitValue(unit),
    };

    // 헌법 제9조, 9조 2항: 조 numbers an article of law there, it is not a trillion.
    private static bool IsArticle(Match m)
    {
        var text = m.Result("$`");
        var after = m.Result("$'");
        return text.EndsWith('제') || (after.Length > 0 && (after[0] == '항' || after[0] == '호' || after.StartsWith(" 제") || (after.Length > 2 && after[0] == ' ' && char.IsDigit(after[1]) && after.AsSpan(1).TrimStart("0123456789").StartsWith("항"))));
    }

    private static decimal UnitValue(string unit) => unit switch
    {
        "조" => 1_000_000_000_000m,
        "억" => 100_000_000m,
        "만" => 10_000m,
        _ => 1m,
    };

    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<s>천|[백십](?=[조억만]))?(?<b>[조억만])?")]
    private static partial Regex Group();

    [GeneratedRegex(@"(?<![가-힣])(?<w>한|두|세|네|석|넉|다섯|여섯|일곱|여덟|아홉|열|스무|첫)\s?(?<c>명|개국|개|발|곳|척|대|차례|번째|번|가지|나라|건|마리|살|시간|편|권|채|그루|벌|장|쌍|배|날|해|달)(?<rest>[가-힣]*)")]
    private static partial Regex Native();

    // 하루 is left out: 하루 평균 is "a daily average", and one day is rarely a figure English writes.
    [GeneratedRegex(@"(?<![가-힣])(?<w>이틀|사흘|나흘|닷새|엿새|이레|여드레|아흐레|열흘|보름)(?<rest>[가-힣]*)")]
    private static partial Regex NativeDays();

    // 첫 회담, 첫날: "first" before any noun.
    [GeneratedRegex(@"(?<![가-힣])첫(?=\s?[가-힣])")]
    private static partial Regex First();

    // 고3, 중2, 초6: a school year, a name rather than a figure ("final year of high school").
    private static bool IsGrade(string text, int start) =>
        start > 0 && text[start - 1] is '고' or '중' or '초' && (start < 2 || !Text.Scripts.IsHangulSyllable(text[start - 2]));

    // The step of a range named by its last written place: 1조2천억 → 1천억, 3 → 1, 20만 → 10만.
    private static decimal Place(decimal value)
    {
        var place = 1m;
        while (value != 0 && value == decimal.Truncate(value) && value % (place * 10) == 0)
        {
            place *= 10;
        }

        return place;
    }

    // 원대, 달러대, 명대, %대: the figure names a range (1조2천억원대, 3%대 성장); not 대 as a counter (차량 2대).
    [GeneratedRegex(@"\G\s?(?:원|달러|엔|위안|유로|명|개|건|톤)대(?=$|[^가-힣]|[의로에를가는다까])")]
    private static partial Regex RangeSuffix();

    [GeneratedRegex(@"\G대(?=$|[^가-힣]|[의로에를가는다까])")]
    private static partial Regex PercentRange();

    [GeneratedRegex(@"(?<d>[월화수목금토일]요일)|(?<=\d일 ?)\((?<d>[월화수목금토일])\)")]
    private static partial Regex Weekday();
}
