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
        new TransliterationCheck(),
        new ConsistencyCheck(),
        new UntranslatedCheck(),
        new OmissionCheck(),
        new AdditionCheck(),
        new NumberCheck(),
        new DateCheck(),
        new Style.BoilerplateCheck(),
    ];

    private static readonly FrozenDictionary<string, ICheck> ById = All.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);

    public static bool TryGet(string id, out ICheck check) => ById.TryGetValue(id, out check!);
}
