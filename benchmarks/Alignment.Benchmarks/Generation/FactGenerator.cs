using System.Globalization;

namespace Alignment.Benchmarks.Generation;

/// <summary>Invents the anchors a news sentence carries: years, percentages, Korean 만/억 amounts, dates and acronyms.</summary>
public sealed class FactGenerator(Random random)
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public Fact Next() => random.Next(6) switch
    {
        0 => Year(),
        1 => Percent(),
        2 => TenThousands(),
        3 => HundredMillionsWon(),
        4 => Date(),
        _ => Acronym(),
    };

    private Fact Year()
    {
        var year = random.Next(1990, 2031);
        return new Fact(Invariant($"{year}년"), Invariant($"in {year}"));
    }

    private Fact Percent()
    {
        var value = random.Next(1, 1000) / 10.0;
        return new Fact(Invariant($"{value}%"), Invariant($"{value} percent"));
    }

    private Fact TenThousands()
    {
        int man = random.Next(1, 100), thousands = random.Next(0, 10);
        var korean = thousands == 0 ? Invariant($"{man}만") : Invariant($"{man}만{thousands}천");
        return new Fact(korean + "명", Invariant($"{(man * 10_000) + (thousands * 1_000):N0} people"));
    }

    private Fact HundredMillionsWon()
    {
        var eok = random.Next(1, 1000);
        return new Fact(Invariant($"{eok}억 원"), Invariant($"{eok * 100:N0} million won"));
    }

    private Fact Date()
    {
        int month = random.Next(1, 13), day = random.Next(1, 29);
        return new Fact(Invariant($"{month}월 {day}일"), Invariant($"on {Months[month - 1]} {day}"));
    }

    private Fact Acronym()
    {
        var letters = new char[random.Next(2, 6)];
        for (var i = 0; i < letters.Length; i++)
        {
            letters[i] = (char)('A' + random.Next(26));
        }

        var acronym = new string(letters) + (random.Next(5) == 0 ? random.Next(2, 30).ToString(CultureInfo.InvariantCulture) : string.Empty);
        return new Fact(acronym, acronym);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
