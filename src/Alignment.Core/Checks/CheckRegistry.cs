using System.Collections.Frozen;
using Alignment.Core.Checks.Accuracy;
using Alignment.Core.Checks.Terminology;

namespace Alignment.Core.Checks;

/// <summary>The one list of checks. Adding a check means adding a class and a line here.</summary>
public static class CheckRegistry
{
    public static IReadOnlyList<ICheck> All { get; } =
    [
        new GlossaryTermCheck(),
        new ForbiddenTermCheck(),
        new EntityCheck(),
        new PersonNameCheck(),
        new PersonSwapCheck(),
        new ForeignNameCheck(),
        new PersonExchangeCheck(),
        new TitleCheck(),
        new TransliterationCheck(),
        new ConsistencyCheck(),
        new UntranslatedCheck(),
        new OmissionCheck(),
        new PartialOmissionCheck(),
        new MergedOmissionCheck(),
        new ClauseOmissionCheck(),
        new AdditionCheck(),
        new ClauseAdditionCheck(),
        new NumberCheck(),
        new NumberBoundCheck(),
        new NumberUnitCheck(),
        new PolarityCheck(),
        new NegationCheck(),
        new DateCheck(),
        new DayCountCheck(),
        new WeekdayCheck(),
        new PeriodCheck(),
        new DayPartCheck(),
        new Style.BoilerplateCheck(),
    ];

    // Two classes may report under one id (whole and partial omissions); --skip-check switches off both.
    private static readonly FrozenSet<string> Ids = All.Select(c => c.Id).ToFrozenSet(StringComparer.Ordinal);

    public static bool IsKnown(string id) => Ids.Contains(id);

    /// <summary>Each check id once, with the description of its first class: the rule list of SARIF and JUnit.</summary>
    public static IReadOnlyList<(string Id, string Description)> Rules { get; } =
        All.GroupBy(c => c.Id, StringComparer.Ordinal).Select(g => (g.Key, g.First().Description)).ToList();
}
