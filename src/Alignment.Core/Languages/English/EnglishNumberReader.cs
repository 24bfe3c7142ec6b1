using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Alignment.Core.Numbers;

namespace Alignment.Core.Languages.English;

/// <summary>
/// English numbers as values and kinds: "$41.2 billion", "10,000", "2.75 percent", "3 percentage points", "the 31st",
/// "Nov. 1", "2024", "3:30 p.m.", "Tuesday", and spelled numbers ("four", "a dozen", "sixth").
/// </summary>
public sealed partial class EnglishNumberReader : INumberReader
{
    public IReadOnlyList<NumberMention> Read(string text)
    {
        // Full-width digits read as ASCII ones (the mention's text shows them so; its offsets are the text's).
        text = DigitParser.Fold(text);
        var result = new List<NumberMention>();

        // Three sentences in four hold no figure: the patterns that need a digit are not tried on them.
        var figures = DigitParser.HasDigit(text);
        var none = Enumerable.Empty<Match>();

        // 1:44.51, a race time: seconds, as 1분44초51 is read; not the clock time 1:44.
        foreach (Match m in figures ? RaceTime().Matches(text) : none)
        {
            var seconds = (DigitParser.Parse(m.Groups["m"].ValueSpan) * 60) + decimal.Parse(m.Groups["s"].Value, System.Globalization.CultureInfo.InvariantCulture);
            result.Add(new NumberMention(seconds, m.Index, m.Index + m.Length, m.Value, NumberKind.Cardinal));
        }

        // 4x200m, a relay: 800 meters in all (계영 800m), each leg 200.
        foreach (Match m in figures ? Relay().Matches(text) : none)
        {
            var (legs, leg) = (DigitParser.Parse(m.Groups["n"].ValueSpan), DigitParser.Parse(m.Groups["d"].ValueSpan));
            result.Add(new NumberMention(legs * leg, m.Index, m.Index + m.Length, m.Value, NumberKind.Cardinal) { Alternates = [leg] });
        }

        // "3 1/2 years", "2½ hours": a whole number and a fraction are one figure, as 3년6개월 is.
        foreach (Match m in figures && text.AsSpan().ContainsAny("/½¼¾") ? MixedFraction().Matches(text) : none)
        {
            var fraction = m.Groups["f"].Success ? " ¼½¾".IndexOf(m.Groups["f"].Value[0], StringComparison.Ordinal) / 4m
                : DigitParser.Parse(m.Groups["n"].ValueSpan) / DigitParser.Parse(m.Groups["d"].ValueSpan);
            result.Add(new NumberMention(DigitParser.Parse(m.Groups["w"].ValueSpan) + fraction, m.Index, m.Index + m.Length, m.Value, NumberKind.Cardinal));
        }

        foreach (Match m in figures ? Clock().Matches(text) : none)
        {
            if (result.Any(r => r.Start <= m.Index && m.Index < r.End))
            {
                continue;
            }

            var hour = decimal.Parse(m.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var minutes = m.Groups["m"].Success ? decimal.Parse(m.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            var pm = m.Groups["ampm"].Value.StartsWith('p') || m.Groups["ampm"].Value.StartsWith('P');
            hour = pm && hour < 12 ? hour + 12 : !pm && hour == 12 && m.Groups["ampm"].Success ? 0 : hour;
            result.Add(new NumberMention((hour * 60) + minutes, m.Index, m.Index + m.Length, m.Value, NumberKind.Time));
        }

        // "1 year, 8 months", "2 hours and 15 minutes": one amount, in the smaller unit, as 1년 8개월 is read.
        foreach (Match m in figures ? Duration().Matches(text) : none)
        {
            var per = m.Groups["large"].Value.StartsWith('h') || m.Groups["large"].Value.StartsWith('H') ? 60 : 12;
            var smallPer = m.Groups["smallUnit"].Value.StartsWith("mi", StringComparison.OrdinalIgnoreCase) ? 60 : 12;
            if (per == smallPer)
            {
                var value = (decimal.Parse(m.Groups["l"].Value, System.Globalization.CultureInfo.InvariantCulture) * per) + decimal.Parse(m.Groups["s"].Value, System.Globalization.CultureInfo.InvariantCulture);
                result.Add(new NumberMention(value, m.Index, m.Index + m.Length, m.Value, NumberKind.Cardinal));
            }
        }

        foreach (Match m in figures ? Number().Matches(text) : none)
        {
            if (result.Any(r => r.Start <= m.Index && m.Index < r.End) || NumberContext.IsPartOfName(text, m.Index, m.Index + m.Length))
            {
                continue;
            }

            var mention = EnglishNumberKinds.Classify(text, m);

            // "For the 1st time in 9 years" says what 9년 만에 says, and "Tier 1" names a class of capital (CET1): the
            // 1 is no figure of the source's.
            var named = (mention.Kind == NumberKind.Ordinal && mention.Value == 1 && FirstTime().IsMatch(text, mention.End))
                || text.AsSpan(0, m.Index).EndsWith("Tier ", StringComparison.OrdinalIgnoreCase);
            result.Add(named ? mention with { Spelled = true } : mention);
        }

        // .268, a batting average: a decimal with no leading zero.
        foreach (Match m in figures ? LeadingPoint().Matches(text) : none)
        {
            result.Add(new NumberMention(decimal.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture), m.Index, m.Index + m.Length, m.Value, NumberKind.Cardinal));
        }

        // "Two-thirds", "a third", "half": a share, not the numbers two and three.
        var fractions = new List<NumberMention>();
        foreach (Match m in text.AsSpan().ContainsAny(FractionWords) ? Fraction().Matches(text) : none)
        {
            var (numerator, denominator) = FractionParts(m.Groups["n"].Value, m.Groups["d"].Value);
            fractions.Add(Fractions.Mention(numerator, denominator, m.Index, m.Index + m.Length, m.Value));
        }

        result.AddRange(fractions);
        foreach (var m in SpelledNumbers(text))
        {
            if (fractions.Exists(f => f.Start <= m.Index && m.Index < f.End))
            {
                continue;
            }

            if (EnglishWords.TryValue(m.Value, out var value, out var ordinal))
            {
                var kind = ordinal ? NumberKind.Ordinal : EnglishWords.IsMultiplier(m.Value) ? NumberKind.Multiplier : NumberKind.Cardinal;
                result.Add(new NumberMention(value, m.Index, m.Index + m.Length, m.Value, kind, Spelled: true));
            }
        }

        // The runner-up is second (2위).
        foreach (Match m in text.Contains("unner", StringComparison.Ordinal) ? RunnerUp().Matches(text) : none)
        {
            result.Add(new NumberMention(2, m.Index, m.Index + m.Length, m.Value, NumberKind.Ordinal, Spelled: true));
        }

        // "An hour and a half", "a year and a half": 1.5, as 1시간 30분 and 1년 6개월 are read besides their minutes or months.
        foreach (Match m in text.Contains("half", StringComparison.OrdinalIgnoreCase) ? AndAHalf().Matches(text) : none)
        {
            result.Add(new NumberMention(1.5m, m.Index, m.Index + m.Length, m.Value, NumberKind.Cardinal, Spelled: true));
        }

        foreach (Match m in Roman().Matches(text))
        {
            result.Add(new NumberMention(" I II III IV V VI VII VIII IX X".Split(' ').ToList().IndexOf(m.Value), m.Index, m.Index + m.Length, m.Value, NumberKind.Ordinal, Spelled: true));
        }

        foreach (Match m in Month().Matches(text))
        {
            if (EnglishWords.IsMonthUse(text, m))
            {
                result.Add(new NumberMention(EnglishWords.MonthNumber(m.Groups["name"].Value), m.Index, m.Index + m.Length, m.Value, NumberKind.Month));
            }
        }

        foreach (Match m in text.Contains("day", StringComparison.Ordinal) ? Weekday().Matches(text) : none)
        {
            result.Add(new NumberMention(EnglishWords.WeekdayNumber(m.Value), m.Index, m.Index + m.Length, m.Value, NumberKind.Weekday));
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    [GeneratedRegex(@"(?<![\w.,:])(?<h>\d{1,2})(?::(?<m>\d{2}))?\s?(?<ampm>a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)|(?<![\w.,:])(?<h>[01]?\d|2[0-3]):(?<m>[0-5]\d)(?![\d])")]
    private static partial Regex Clock();

    [GeneratedRegex(@"(?<![\w.,])(?<l>\d{1,2})[ \-](?<large>hours?|years?)(?:,| and)? (?<s>\d{1,2})[ \-](?<smallUnit>minutes?|months?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex(@"(?<![\w.,])(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<ord>st|nd|rd|th)?(?:[ \-]?(?<scale>thousand|million|billion|trillion|bn|mn|tn|mln|bln|tln|trln|m|k)\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    // After a space, a bracket or a quote and before anything but more of a number: not the ".5" of "2.5", nor a
    // full stop followed by a figure.
    [GeneratedRegex(@"(?<=^|[\s(\[""'“‘])\.\d{1,3}(?![\d.,]?\d)")]
    private static partial Regex LeadingPoint();

    // Trying the spelled-number pattern only where a word that can begin one starts is many times faster than
    // letting the regex try every position of every sentence; the matches are the same.
    private static IEnumerable<Match> SpelledNumbers(string text)
    {
        var heads = SpelledHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]) || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '_')))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            if (heads.Contains(text.AsSpan(i, end - i)) && SpelledAt().Match(text, i) is { Success: true } m)
            {
                yield return m;
                end = Math.Max(end, m.Index + m.Length);
            }

            i = end;
        }
    }

    private static readonly FrozenSet<string> SpelledHeads = new[]
    {
        "a", "both", "twice", "double", "couple", "pair", "dozens", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "first", "second", "third",
        "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "twentieth",
        "doubled", "doubles", "doubling", "twofold", "triple", "tripled", "triples", "tripling", "threefold",
        "quadruple", "quadrupled", "quadruples", "quadrupling", "fourfold", "bilateral", "trilateral", "quadrilateral",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"\G(?:a\s+dozen|both|twice|doubl(?:ed|es|ing|e)|twofold|tripl(?:ed|es|ing|e)|threefold|quadrupl(?:ed|es|ing|e)|fourfold|bilateral|trilateral|quadrilateral|couple|pair|dozens|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth)(?:\s+(?:hundred|thousand|million|billion|trillion)\b)?(?:\s+and\s+a\s+half)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpelledAt();

    // Most sentences hold no fraction; the regex runs only where one of its words is.
    private static readonly System.Buffers.SearchValues<string> FractionWords = System.Buffers.SearchValues.Create(["half", "third", "quarter", "fifth", "tenth"], StringComparison.OrdinalIgnoreCase);

    private static (decimal Numerator, decimal Denominator) FractionParts(string numerator, string denominator) =>
        (numerator.ToLowerInvariant() switch { "two" => 2, "three" => 3, "four" => 4, _ => 1 },
         denominator.ToLowerInvariant().TrimEnd('s') switch { "half" or "halve" => 2, "third" => 3, "quarter" => 4, "fifth" => 5, _ => 10 });

    // a third of, one-third, two-thirds, three-quarters, half of: shares. Not "a third term", "the third quarter",
    // "the first half", "an hour and a half".
    [GeneratedRegex(@"\b(?:(?<n>a|one)[\s\-](?<d>third|quarter|fifth|tenth)(?=\s+(?:of|from|to|in|on|since|than|compared|last|this|year|have|has|had|were|are|was|is|said)\b|\s*[,.;)]|$)|(?<!(?:first|last|past|next|previous|latest|recent)\s)(?<n>two|three|four)[\s\-](?<d>thirds|quarters|fifths|tenths)\b|(?<!(?:first|second|and a|latter|the)\s)(?<d>half)(?=\s+(?:of|the|their|its|his|her)\b|\s*[,.;)]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex Fraction();

    [GeneratedRegex(@"(?<![\w.,/])(?<w>\d{1,3})(?:[ \-](?<n>[13])/(?<d>[24])|(?<f>[¼½¾]))(?![\d/])")]
    private static partial Regex MixedFraction();

    [GeneratedRegex(@"(?<![\w.,:])(?<m>\d{1,2}):(?<s>[0-5]\d\.\d{1,3})(?!\d|\.\d)")]
    private static partial Regex RaceTime();

    [GeneratedRegex(@"(?<![\w.])(?<n>\d)\s?[x×]\s?(?<d>\d{2,4})(?=\s?(?:m|-meter|meters?|metres?)\b)")]
    private static partial Regex Relay();

    [GeneratedRegex(@"\G\s+time\b")]
    private static partial Regex FirstTime();

    [GeneratedRegex(@"\b[Rr]unners?-up\b")]
    private static partial Regex RunnerUp();

    [GeneratedRegex(@"\ban? (?:hour|year|month|day) and a half\b", RegexOptions.IgnoreCase)]
    private static partial Regex AndAHalf();

    // World War II, Apollo XI: roman numerals that name an ordinal.
    [GeneratedRegex(@"(?<=\b(?:War|Phase|Part|Chapter|Title|Article|Super Bowl|Type)\s)(?:II|III|IV|V|VI|VII|VIII|IX|X|I)\b")]
    private static partial Regex Roman();

    // Not before a hyphen: Jun-ho is a given name, Mar-a-Lago a place ("mid-September" is a month).
    [GeneratedRegex(@"\b(?:(?<name>January|February|March|April|May|June|July|August|September|October|November|December)\b|(?<name>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)(?!-[A-Za-z])")]
    private static partial Regex Month();

    [GeneratedRegex(@"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex Weekday();
}
