using System.Collections.Frozen;
using Alignment.Core.Languages.English;
using Alignment.Core.Languages.Korean;

namespace Alignment.Core.Languages;

/// <summary>The registry of language profiles, frozen at start-up.</summary>
public static class LanguageProfiles
{
    private static readonly FrozenDictionary<string, ILanguageProfile> ByCode =
        new ILanguageProfile[] { KoreanProfile.Instance, EnglishProfile.Instance }.ToFrozenDictionary(p => p.Code);

    public static ILanguageProfile Get(string code) =>
        ByCode.TryGetValue(code, out var profile) ? profile : throw new ArgumentException($"No language profile for '{code}'.", nameof(code));
}
