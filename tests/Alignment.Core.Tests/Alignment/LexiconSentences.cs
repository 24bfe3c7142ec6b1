using Alignment.Core.Alignment;
using Alignment.Core.Languages.Lexicons;

namespace Alignment.Core.Tests.Alignment;

/// <summary>Sentence features holding only a sentence's length and the lexicon entries or words it contains.</summary>
internal static class LexiconSentences
{
    public static SentenceFeatures Of(Lexicon lexicon, string text, bool isSource)
    {
        var ids = new HashSet<int>();
        if (isSource)
        {
            lexicon.AddSourceIds(text, ids);
        }
        else
        {
            lexicon.AddTargetIds(text, ids);
        }

        return new SentenceFeatures(text.Length, [], [], ids.Order().ToArray(), 0);
    }
}
