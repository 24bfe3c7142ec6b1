using Alignment.Core.Glossary;
using Alignment.Core.Languages.English;
using Alignment.Core.Languages.Korean;

namespace Alignment.Benchmarks;

/// <summary>The project's default glossary, copied next to the benchmark assembly at build time.</summary>
public static class Glossaries
{
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "glossary", "ko-en-news.csv");

    public static TermGlossary Load(bool useDefault) => useDefault
        ? new TermGlossary(GlossaryLoader.Load(DefaultPath), KoreanProfile.Instance, EnglishProfile.Instance)
        : TermGlossary.Empty(KoreanProfile.Instance, EnglishProfile.Instance);
}
