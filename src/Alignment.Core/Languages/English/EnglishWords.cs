using System.Text.RegularExpressions;

namespace Alignment.Core.Languages.English;

/// <summary>Number words, month and weekday names of English.</summary>
internal static class EnglishWords
{
    private static readonly string[] Units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    private static readonly string[] Ordinals = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>Doubled, tripling, fourfold: a verb or adjective that multiplies (3배 증가), not a count.</summary>
    public static bool IsMultiplier(string word) =>
        word.StartsWith("doubl", StringComparison.OrdinalIgnoreCase) || word.StartsWith("tripl", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("quadrupl", StringComparison.OrdinalIgnoreCase) || word.EndsWith("fold", StringComparison.OrdinalIgnoreCase);

    public static bool TryValue(string words, out decimal value, out bool ordinal)
    {
        var parts = words.ToLowerInvariant().Split([' ', '\t', '\n', '-'], StringSplitOptions.RemoveEmptyEntries);
        value = 0;
        ordinal = false;
        foreach (var part in parts)
        {
            switch (part)
            {
                case "a" or "and":
                    continue;

                // "Two and a half hours" for 2시간 30분.
                case "half":
                    value += 0.5m;
                    continue;
                case "dozen":
                    value = 12;
                    continue;
                // Bilateral and trilateral talks are those of 양국 and 3국 (한일중 3국 협력: trilateral cooperation).
                case "both" or "twice" or "double" or "doubled" or "doubles" or "doubling" or "twofold" or "couple" or "pair" or "bilateral":
                    value = 2;
                    continue;

                // "Nearly tripled" answers 3배 가까이 증가했다.
                case "triple" or "tripled" or "triples" or "tripling" or "threefold" or "trilateral":
                    value = 3;
                    continue;
                case "quadruple" or "quadrupled" or "quadruples" or "quadrupling" or "fourfold" or "quadrilateral":
                    value = 4;
                    continue;
                case "dozens":
                    value = 24;
                    continue;
                case "twentieth":
                    value = 20;
                    ordinal = true;
                    continue;
                case "hundred":
                    value *= 100;
                    continue;
                case "thousand":
                    value *= 1_000;
                    continue;
                case "million":
                    value *= 1_000_000;
                    continue;
                case "billion":
                    value *= 1_000_000_000;
                    continue;
                case "trillion":
                    value *= 1_000_000_000_000;
                    continue;
            }

            var unit = Array.IndexOf(Units, part);
            var ten = Array.IndexOf(Tens, part);
            var ord = Array.IndexOf(Ordinals, part);
            if (unit > 0)
            {
                value += unit;
            }
            else if (ten > 1)
            {
                value += ten * 10;
            }
            else if (ord > 0)
            {
                value += ord;
                ordinal = true;
            }
            else
            {
                return false;
            }
        }

        return value > 0;
    }

    public static int MonthNumber(string name) => Array.IndexOf(Months, name[..3].ToLowerInvariant()) + 1;

    public static int WeekdayNumber(string name) => Array.IndexOf(Weekdays, name.ToLowerInvariant()) + 1;

    /// <summary>"May" and "March" are also words: count them as months only next to a day number or a time preposition.</summary>
    public static bool IsMonthUse(string text, Match m)
    {
        var name = m.Groups["name"].Value;
        if (name is not ("May" or "March" or "Mar"))
        {
            return true;
        }

        var after = text.AsSpan(m.Index + m.Length).TrimStart();
        if (after.Length > 0 && char.IsDigit(after[0]))
        {
            return true;
        }

        var before = text.AsSpan(0, m.Index).TrimEnd();
        var space = before.LastIndexOfAny(' ', '\n', '(');
        var word = before[(space + 1)..].ToString().ToLowerInvariant();
        return word is "in" or "since" or "until" or "by" or "of" or "last" or "next" or "early" or "late" or "mid" or "through" or "from" or "this";
    }
}
