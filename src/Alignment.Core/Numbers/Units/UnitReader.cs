using System.Text.RegularExpressions;
using Alignment.Core.Numbers;

namespace Alignment.Core.Numbers.Units;

/// <summary>
/// The unit written right after a figure, from Korean/units.txt and English/units.txt: 318.5㎜, 시속 110㎞ (a speed),
/// "318.5 centimeters", "110 miles per hour", "200m".
/// </summary>
internal static class UnitReader
{
    private static readonly (Regex Pattern, Dictionary<string, MeasureUnit> Forms) Korean = Load("Korean/units.txt", english: false);

    private static readonly (Regex Pattern, Dictionary<string, MeasureUnit> Forms) English = Load("English/units.txt", english: true);

    private static readonly Dictionary<string, MeasureUnit> ByIds = English.Forms.Values.DistinctBy(u => u.Id).ToDictionary(u => u.Id, StringComparer.Ordinal);

    /// <summary>The unit of English/units.txt with this id (month, year), or null.</summary>
    public static MeasureUnit? ById(string id) => ByIds.GetValueOrDefault(id);

    /// <summary>How English writes a unit first (mm, kph), or the id itself when English lists no form of it.</summary>
    public static string EnglishFor(MeasureUnit unit) => ByIds.TryGetValue(unit.Id, out var english) ? english.English : unit.Id;

    /// <summary>The unit after a Korean figure, or null. 시속 before it makes kilometres kilometres per hour.</summary>
    public static (MeasureUnit Unit, int Start, int End)? AfterKorean(string text, NumberMention figure)
    {
        var m = Korean.Pattern.Match(text, figure.End);
        if (!m.Success)
        {
            return null;
        }

        var unit = Korean.Forms[m.Groups["u"].Value];
        var before = text.AsSpan(Math.Max(0, figure.Start - 6), figure.Start - Math.Max(0, figure.Start - 6));
        if (unit.Id == "km" && before.Contains("시속", StringComparison.Ordinal) && ByIds.TryGetValue("kmh", out var speed))
        {
            unit = speed;
        }

        return (unit, m.Groups["u"].Index, m.Groups["u"].Index + m.Groups["u"].Length);
    }

    /// <summary>The unit after an English figure ("318.5 centimeters"), or glued into it ("200m"), or null.</summary>
    public static (MeasureUnit Unit, int Start, int End)? AfterEnglish(string text, NumberMention figure)
    {
        var glued = figure.Text.AsSpan().TrimStart("0123456789.,");
        if (glued.Length > 0 && English.Forms.TryGetValue(glued.ToString(), out var own))
        {
            return (own, figure.End - glued.Length, figure.End);
        }

        var m = English.Pattern.Match(text, figure.End);
        if (!m.Success)
        {
            return null;
        }

        var form = m.Groups["u"].Value;
        // "square-foot" and "square\u00A0feet" are the forms written with one plain space.
        var unit = English.Forms.TryGetValue(Key(form), out var written) ? written : English.Forms[Key(Regex.Replace(form, @"[\s\-]+", " "))];
        return (unit, m.Groups["u"].Index, m.Groups["u"].Index + m.Groups["u"].Length);
    }

    /// <summary>
    /// A figure in its unit's dimension and base unit: 289㎞ is 289,000 m of length, 75 mph 120.7 km/h of speed,
    /// 95°F 35 °C. Sizes come from English/units.txt, which lists every unit.
    /// </summary>
    public static Quantity InBaseUnit(MeasureUnit unit, decimal value)
    {
        var size = ByIds.TryGetValue(unit.Id, out var known) ? known : unit;
        return new Quantity(size.Dimension, ((double)value + size.Offset) * size.Scale);
    }

    private static double Number(string[] head, int index, double otherwise) =>
        head.Length > index ? double.Parse(head[index], System.Globalization.CultureInfo.InvariantCulture) : otherwise;

    // Forms of three letters or more are matched ignoring case (Kilometers); shorter ones as written (C, mm, L).
    private static string Key(string form) => form.Length > 2 ? form.ToLowerInvariant() : form;

    private static (Regex, Dictionary<string, MeasureUnit>) Load(string file, bool english)
    {
        var forms = new Dictionary<string, MeasureUnit>(StringComparer.Ordinal);
        foreach (var line in Languages.DataFile.ReadLines(file))
        {
            var parts = line.Split('|', StringSplitOptions.TrimEntries);
            var head = parts[0].Split(' ');
            var unit = english
                ? new MeasureUnit(head[0], head[1], parts[1], Number(head, 2, 1), Number(head, 3, 0))
                : new MeasureUnit(head[0], head[1], parts[1]);
            foreach (var form in parts.Skip(1))
            {
                forms.TryAdd(english ? Key(form) : form, unit);
            }
        }

        // An English unit of two words may be hyphenated as an adjective: "an 84-square-foot unit".
        var ordered = forms.Keys.OrderByDescending(f => f.Length).Select(f => f.Length > 2 && english ? $"(?i:{Regex.Escape(f).Replace(@"\ ", @"[\s\-]", StringComparison.Ordinal)})" : Regex.Escape(f));
        // Latin forms end at a word's end (m is not the m of "more"); Korean ones may take a particle (㎞를).
        var pattern = english
            ? $@"\G[\s\-]?(?<u>{string.Join('|', ordered)})(?![A-Za-z²])"
            : $@"\G\s?(?<u>{string.Join('|', ordered)})(?![A-Za-z²])";
        return (new Regex(pattern, RegexOptions.CultureInvariant), forms);
    }
}
